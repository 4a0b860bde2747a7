package org.loopscope.session.variables;

import org.loopscope.script.interp.ValueText;

/**
 * The variables of one frame (or the module's globals) at one moment, as recorded: names, and for each either the
 * value itself, when it is {@linkplain ValueText#settled settled} (its text is made when it is shown, and is the same
 * text), or its {@link Shown} text and type made when it was recorded. Shared between snapshots while nothing in it
 * changes; never modified.
 */
final class Locals {

    /**
     * The text of a value that could change later, made when it was recorded; {@code definition}: the value is a
     * module, function or class (shown among the globals only on request).
     */
    record Shown(String text, String type, boolean definition) {
    }

    static final Locals EMPTY = new Locals(new String[0], new Object[0]);

    /** Names of the slots; null entries are unbound. */
    final String[] names;
    /** A settled value or a {@link Shown}, or null where the slot is unbound. */
    final Object[] values;

    Locals(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** How many bound variables. */
    int bound() {
        int n = 0;
        for (Object value : values) {
            if (value != null) {
                n++;
            }
        }
        return n;
    }
}
