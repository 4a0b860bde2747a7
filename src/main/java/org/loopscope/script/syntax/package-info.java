/**
 * The syntax layer of Loopscope's Python 3.11 subset: tokens, a tree of every statement and expression, and
 * syntax errors exactly as CPython 3.11 reports them.
 *
 * <ul>
 *   <li>{@link org.loopscope.script.syntax.Parser#parseModule(String, String)} gives a
 *   {@link org.loopscope.script.syntax.Module} (file name, source lines, statements) or throws a
 *   {@link org.loopscope.script.syntax.PySyntaxError}, never another exception. It also runs the checks CPython
 *   makes while compiling ('return' outside function, 'await' outside async function, nonlocal without binding...).
 *   {@link org.loopscope.script.syntax.Parser#parseExpression(String, String)} parses one expression and
 *   {@link org.loopscope.script.syntax.Parser#parseEval(String, String)} the input of {@code eval}.</li>
 *   <li>The tree: sealed interfaces {@link org.loopscope.script.syntax.Stmt} and
 *   {@link org.loopscope.script.syntax.Expr} with one record per kind, shaped like CPython's {@code ast} (same
 *   fields, targets as Name/Attribute/Subscript/Starred/List/Tuple in a {@link org.loopscope.script.syntax.Ctx}),
 *   plus {@link org.loopscope.script.syntax.Arguments}, {@link org.loopscope.script.syntax.Arg},
 *   {@link org.loopscope.script.syntax.Keyword}, {@link org.loopscope.script.syntax.Alias},
 *   {@link org.loopscope.script.syntax.WithItem}, {@link org.loopscope.script.syntax.Comprehension},
 *   {@link org.loopscope.script.syntax.ExceptHandler}, and for {@code match} statements
 *   {@link org.loopscope.script.syntax.MatchCase} and {@link org.loopscope.script.syntax.Pattern}. Every node has a
 *   {@link org.loopscope.script.syntax.Span} (lines from 1, columns from 0 in code points, as CPython's positions
 *   but in characters). Walk it with the
 *   {@code Visitor} interfaces, with {@code instanceof}, or with {@link org.loopscope.script.syntax.Nodes#children}.
 *   {@link org.loopscope.script.syntax.AstPrinter} prints it as Python's {@code ast.dump} does.</li>
 *   <li>{@link org.loopscope.script.syntax.PySyntaxError} carries CPython's attributes (columns in UTF-8 bytes
 *   where CPython counts bytes) and {@code format()} prints what {@code python3 file.py} prints.</li>
 * </ul>
 *
 * <p>{@code Module} has the name of {@code java.lang.Module}: import it by its full name
 * ({@code import org.loopscope.script.syntax.Module;}) rather than with {@code .*}.
 *
 * <p>Deep trees: a parsed tree may nest about 3000 statements and expressions (CPython's compiler limit), so code
 * that walks it recursively should run on a thread with a generous stack, as the parser itself does.
 */
package org.loopscope.script.syntax;
