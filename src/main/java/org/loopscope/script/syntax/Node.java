package org.loopscope.script.syntax;

/** Any node of the syntax tree: every one knows where it is in the source. */
public sealed interface Node permits Expr, Stmt, Arguments, Arg, Keyword, Alias, WithItem, Comprehension,
        ExceptHandler, Pattern, MatchCase {

    /** Where the node is in the source. */
    Span span();
}
