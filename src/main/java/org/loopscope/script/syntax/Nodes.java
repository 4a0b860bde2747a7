package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers shared by the node records. */
final class Nodes {

    private Nodes() {
    }

    /** An immutable copy of a list that may hold nulls (dict keys, keyword-only defaults). */
    static <T> List<T> copyWithNulls(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
