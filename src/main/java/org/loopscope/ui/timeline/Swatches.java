package org.loopscope.ui.timeline;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import org.loopscope.session.view.LaneState;
import org.loopscope.ui.StateColors;
import org.loopscope.ui.StatePatterns;

/**
 * The fills of the lane states at one scale: a repeating tile of each state's colour and pattern, painted once by
 * {@link StatePatterns} (so the timeline looks like the legend), and used as an {@link ImagePattern} anchored to the
 * canvas, so one rectangle fill draws a patterned slice and neighbouring slices' patterns line up. Slices too thin to
 * show a pattern get the plain colour. Made on the JavaFX thread.
 */
final class Swatches {

    /** The colour of the loop running a plain callback (Okabe–Ito blue), drawn with vertical lines. */
    static final Color CALLBACK = Color.web("#0072B2");

    private final Map<LaneState, Paint> patterns = new EnumMap<>(LaneState.class);
    private final Map<LaneState, Color> colours = new EnumMap<>(LaneState.class);

    /** The fills for a scale (1 at the standard font size). */
    Swatches(double scale) {
        // StatePatterns repeats every SPACING (5) pixels; the tile is that, scaled and rounded to whole pixels.
        int tile = Math.max(3, (int) Math.round(5 * scale));
        for (LaneState state : LaneState.values()) {
            StateColors look = look(state);
            if (look != null) {
                colours.put(state, look.color());
                patterns.put(state, look.pattern() == StateColors.Pattern.SOLID ? look.color()
                        : new ImagePattern(tile(look, tile), 0, 0, tile, tile, false));
            }
        }
        colours.put(LaneState.CALLBACK, CALLBACK);
        patterns.put(LaneState.CALLBACK, new ImagePattern(callbackTile(tile), 0, 0, tile, tile, false));
        colours.put(LaneState.IDLE, Color.TRANSPARENT);
        patterns.put(LaneState.IDLE, Color.TRANSPARENT);
    }

    /** The look of a state from the app's palette: a loop step is drawn as its task running. */
    static StateColors look(LaneState state) {
        return switch (state) {
            case PENDING -> StateColors.PENDING;
            case RUNNING, STEP -> StateColors.RUNNING;
            case WAITING -> StateColors.WAITING;
            case DONE -> StateColors.DONE;
            case FAILED -> StateColors.FAILED;
            case CANCELLED -> StateColors.CANCELLED;
            case BLOCKED -> StateColors.LOOP_BLOCKED;
            case CALLBACK, IDLE -> null;
        };
    }

    /** The fill for a slice {@code width} pixels wide. */
    Paint fill(LaneState state, double width) {
        return width < 3 ? colours.get(state) : patterns.get(state);
    }

    /** The plain colour of a state. */
    Color colour(LaneState state) {
        return colours.get(state);
    }

    private static WritableImage tile(StateColors look, int tile) {
        // Paint a patch several tiles wide and cut one tile out of its middle, away from the edges.
        Canvas patch = new Canvas(tile * 6, tile * 6);
        GraphicsContext g = patch.getGraphicsContext2D();
        double factor = tile / 5.0;
        g.scale(factor, factor);
        StatePatterns.paint(g, look, 0, 0, tile * 6 / factor, tile * 6 / factor);
        WritableImage image = patch.snapshot(null, null);
        PixelReader reader = image.getPixelReader();
        return new WritableImage(reader, tile * 3, tile * 3, tile, tile);
    }

    private static WritableImage callbackTile(int tile) {
        WritableImage image = new WritableImage(tile, tile);
        Color ink = CALLBACK.deriveColor(0, 1, 0.55, 1);
        for (int y = 0; y < tile; y++) {
            for (int x = 0; x < tile; x++) {
                image.getPixelWriter().setColor(x, y, x == tile / 2 ? ink : CALLBACK);
            }
        }
        return image;
    }
}
