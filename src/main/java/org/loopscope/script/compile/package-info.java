/**
 * The compiler from the syntax tree to bytecode, following CPython 3.11's: a {@link
 * org.loopscope.script.compile.SymbolTable} decides for every name whether it is local, global, free or a cell
 * (raising the symbol table's SyntaxErrors), then {@link org.loopscope.script.compile.Compiler} emits one {@link
 * org.loopscope.script.compile.CodeObject} per module, class body, function, lambda and comprehension: instructions
 * ({@link org.loopscope.script.compile.Op}), constants, names, local slots, the exception handler covering each
 * instruction (CPython's exception table) and each instruction's source position (its line table, with columns for
 * traceback markers), plus the compiler's own SyntaxErrors.
 */
package org.loopscope.script.compile;
