package org.loopscope.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.session.view.LaneState;

/** A {@link TimelineGraphics} that draws nothing and remembers what it was asked to draw. */
final class CountingGraphics implements TimelineGraphics {

    /** A slice drawn. */
    record Drawn(LaneState state, double x, double y, double width, double height) {
    }

    final List<Drawn> slices = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    int triangles;
    int diamonds;
    int arrows;
    int lines;
    private int clipDepth;

    @Override
    public void fill(Ink ink, double x, double y, double width, double height) {
    }

    @Override
    public void slice(LaneState state, double x, double y, double width, double height) {
        slices.add(new Drawn(state, x, y, width, height));
    }

    @Override
    public void line(Ink ink, double x1, double y1, double x2, double y2, double lineWidth) {
        lines++;
    }

    @Override
    public void text(Ink ink, String text, double x, double y, double size, boolean bold, Align align) {
        texts.add(text);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return text.length() * size * 0.6;
    }

    @Override
    public void triangle(Ink ink, double x, double tipY, double size, boolean down, boolean hollow) {
        triangles++;
    }

    @Override
    public void diamond(Ink ink, double x, double y, double size) {
        diamonds++;
    }

    @Override
    public void arrow(Ink ink, double x1, double y1, double x2, double y2, double head) {
        arrows++;
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        clipDepth++;
    }

    @Override
    public void unclip() {
        if (--clipDepth < 0) {
            throw new AssertionError("unclip without clip");
        }
    }

    /** Whether every clip was lifted. */
    boolean balanced() {
        return clipDepth == 0;
    }

    /** How many different lanes (by the top of their bars) got slices. */
    long lanesDrawn() {
        return slices.stream().mapToDouble(Drawn::y).distinct().count();
    }
}
