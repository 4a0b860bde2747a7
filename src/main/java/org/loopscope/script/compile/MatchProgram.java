package org.loopscope.script.compile;

import java.util.List;

/**
 * A case's pattern as MATCH_PATTERN runs it: a tree over the subject whose values (literals, dotted values, mapping
 * keys, classes) were pushed by the code before it, numbered by {@code slot}, and whose captures go to numbered
 * {@code capture} places (-1: not kept). {@link Case} is the root, with the names the captures are stored to.
 */
public sealed interface MatchProgram {

    /** Equal to the value in {@code slot} ({@code ==}), or the same object for None, True and False. */
    record Literal(int slot, boolean identity) implements MatchProgram {
    }

    /** Matches {@code pattern} (anything when null) and keeps the subject in {@code capture}. */
    record Capture(MatchProgram pattern, int capture) implements MatchProgram {
    }

    /**
     * A sequence (list, tuple, range) whose items match {@code items}; with a star at index {@code star} (-1: none)
     * the items around it match the ends and the middle ones, as a list, go to {@code starCapture}.
     */
    record Sequence(List<MatchProgram> items, int star, int starCapture) implements MatchProgram {
    }

    /** A mapping with the keys in {@code keySlots}, their values matching {@code values}; the rest as a dict. */
    record Mapping(int[] keySlots, List<MatchProgram> values, int restCapture) implements MatchProgram {
    }

    /** An instance of the class in {@code clsSlot}, its attributes (by position or name) matching the patterns. */
    record ClassMatch(int clsSlot, List<MatchProgram> positional, List<String> keywords,
                      List<MatchProgram> keywordPatterns) implements MatchProgram {
    }

    /** The first alternative that matches. */
    record Or(List<MatchProgram> alternatives) implements MatchProgram {
    }

    /** The root: {@code valueCount} pushed values, and the names to store the captures to, in capture order. */
    record Case(MatchProgram root, int valueCount, List<String> captures) implements MatchProgram {
    }
}
