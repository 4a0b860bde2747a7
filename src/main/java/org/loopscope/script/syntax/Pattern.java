package org.loopscope.script.syntax;

import java.util.List;

/**
 * The patterns of a {@code match} statement's cases, shaped like CPython's {@code ast} pattern nodes. A capture
 * name is null for the wildcard {@code _}. Lists are immutable.
 */
public sealed interface Pattern extends Node {

    /** A literal or dotted value, compared with {@code ==}. */
    record MatchValue(Expr value, Span span) implements Pattern {
    }

    /** {@code None}, {@code True} or {@code False}, compared with {@code is}; {@code value} as in a constant. */
    record MatchSingleton(Object value, Span span) implements Pattern {
    }

    /** {@code [p, *rest, q]} or {@code (p, q)}: a sequence of patterns, at most one of them a {@link MatchStar}. */
    record MatchSequence(List<Pattern> patterns, Span span) implements Pattern {
        public MatchSequence {
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code {key: p, **rest}}: keys are literals or dotted values; {@code rest} is null when absent. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Span span) implements Pattern {
        public MatchMapping {
            keys = List.copyOf(keys);
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code Cls(p, q, attr=r)}: {@code cls} is a name or a dotted name. */
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Span span)
            implements Pattern {
        public MatchClass {
            patterns = List.copyOf(patterns);
            kwdAttrs = List.copyOf(kwdAttrs);
            kwdPatterns = List.copyOf(kwdPatterns);
        }
    }

    /** {@code *name} inside a sequence pattern ({@code name} null for {@code *_}). */
    record MatchStar(String name, Span span) implements Pattern {
    }

    /** {@code p as name}, a bare capture ({@code pattern} null) or the wildcard (both null). */
    record MatchAs(Pattern pattern, String name, Span span) implements Pattern {
    }

    /** {@code p | q | r}. */
    record MatchOr(List<Pattern> patterns, Span span) implements Pattern {
        public MatchOr {
            patterns = List.copyOf(patterns);
        }
    }
}
