package org.loopscope.ui.timeline;

import org.loopscope.session.view.LaneState;

/**
 * The few drawing operations the timeline is made of. {@link CanvasGraphics} draws them on a JavaFX canvas; tests
 * count them. Colours are named by role ({@link Ink}) and by state, so the theme is the drawing side's business.
 */
interface TimelineGraphics {

    /** The roles of the colours that are not state colours. */
    enum Ink {
        BACKGROUND, PANEL, STRIPE, GRID, AXIS, TEXT, MUTED, SELECTION, SELECTION_TEXT, CURSOR, ARROW, MARKER,
        /** Text on a light state colour. */
        ON_LIGHT,
        /** Text on a dark state colour. */
        ON_DARK,
        /** A veil over what the run does after the cursor: recorded, not yet played. */
        FUTURE
    }

    /** How text is placed against its x. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Fills a rectangle with a plain colour. */
    void fill(Ink ink, double x, double y, double width, double height);

    /** Fills a rectangle with a state's colour and pattern. */
    void slice(LaneState state, double x, double y, double width, double height);

    /** A straight line. */
    void line(Ink ink, double x1, double y1, double x2, double y2, double lineWidth);

    /** Text whose vertical middle is at {@code y}. */
    void text(Ink ink, String text, double x, double y, double size, boolean bold, Align align);

    /** The width {@code text} takes at a font size. */
    double textWidth(String text, double size, boolean bold);

    /** A triangle with its tip at ({@code x}, {@code tipY}), pointing down or up, filled or outlined. */
    void triangle(Ink ink, double x, double tipY, double size, boolean down, boolean hollow);

    /** A small diamond centred on ({@code x}, {@code y}). */
    void diamond(Ink ink, double x, double y, double size);

    /** An arrow from one point to another, with its head at the second. */
    void arrow(Ink ink, double x1, double y1, double x2, double y2, double head);

    /** Restricts drawing to a rectangle until {@link #unclip()}. */
    void clip(double x, double y, double width, double height);

    /** Lifts the last {@link #clip}. */
    void unclip();
}
