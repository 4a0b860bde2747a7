package org.loopscope.session.view;

import java.util.Arrays;

/** The growing markers of one lane, frozen the same way as {@link SliceColumns}. */
final class MarkerColumns {

    private byte[] kind = new byte[2];
    private double[] time = new double[2];
    private int[] event = new int[2];
    private String[] text = new String[2];
    private int size;

    void add(Marker.Kind k, double at, int byEvent, String what) {
        if (size == kind.length) {
            int capacity = size * 2;
            kind = Arrays.copyOf(kind, capacity);
            time = Arrays.copyOf(time, capacity);
            event = Arrays.copyOf(event, capacity);
            text = Arrays.copyOf(text, capacity);
        }
        kind[size] = (byte) k.ordinal();
        time[size] = at;
        event[size] = byEvent;
        text[size] = what;
        size++;
    }

    Frozen freeze() {
        return new Frozen(kind, time, event, text, size);
    }

    /** A frozen prefix. */
    record Frozen(byte[] kind, double[] time, int[] event, String[] text, int size) {
        static final Frozen EMPTY = new MarkerColumns().freeze();
    }
}
