package org.loopscope.script.syntax;

import java.util.List;

/**
 * The parameters of a {@code def} or {@code lambda}, as CPython's {@code ast.arguments}: positional-only (before
 * {@code /}), ordinary, {@code *vararg}, keyword-only, {@code **kwarg}. {@code defaults} belong to the last
 * positional parameters (positional-only included); {@code kwDefaults} has one entry per keyword-only parameter,
 * null where it has none. The span covers the parameter list (empty at the opening bracket when there is none).
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults, Span span) implements Node {
    public Arguments {
        posonlyargs = List.copyOf(posonlyargs);
        args = List.copyOf(args);
        kwonlyargs = List.copyOf(kwonlyargs);
        kwDefaults = Nodes.copyWithNulls(kwDefaults);
        defaults = List.copyOf(defaults);
    }
}
