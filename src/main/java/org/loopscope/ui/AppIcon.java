package org.loopscope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The window icon, drawn in code at every size the desktop may ask for ({@link #SIZES}): a small timeline on a
 * dark rounded square — three task lanes in the running, waiting and pending colours, staggered as tasks are, and
 * the cursor across them. Drawn pixel by pixel with 4×4 supersampling, so it needs no files and no canvas.
 */
public final class AppIcon {

    /** The sizes drawn, in pixels: the usual sizes of title bars, task bars and launchers. */
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private static final int SAMPLES = 4;
    private static final int BACKGROUND = 0xFF1F2937;
    private static final int CURSOR = 0xFFF5F5F5;
    /** Lanes in a 16-unit square: top, bottom, left, right, colour. */
    private static final double[][] LANES = {
        {3.0, 5.2, 2.5, 9.5, 0x009E73},
        {7.0, 9.2, 5.0, 13.5, 0x56B4E9},
        {11.0, 13.2, 3.5, 11.0, 0xE69F00},
    };
    private static final double CURSOR_X = 10.25;
    private static final double CURSOR_HALF_WIDTH = 0.55;
    private static final double CORNER = 3.2;

    private AppIcon() {
    }

    /** The icon at every size of {@link #SIZES}, smallest first, as {@code Stage.getIcons()} takes them. */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            WritableImage image = new WritableImage(size, size);
            image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb(size), 0, size);
            images.add(image);
        }
        return images;
    }

    /** The icon's pixels at {@code size}×{@code size}, row by row, as non-premultiplied ARGB. */
    public static int[] argb(int size) {
        int[] pixels = new int[size * size];
        double unit = size / 16.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double a = 0;
                double r = 0;
                double g = 0;
                double b = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double ux = (x + (sx + 0.5) / SAMPLES) / unit;
                        double uy = (y + (sy + 0.5) / SAMPLES) / unit;
                        int colour = colourAt(ux, uy);
                        if (colour != 0) {
                            a += 1;
                            r += colour >> 16 & 0xFF;
                            g += colour >> 8 & 0xFF;
                            b += colour & 0xFF;
                        }
                    }
                }
                if (a > 0) {
                    int alpha = (int) Math.round(a / (SAMPLES * SAMPLES) * 255);
                    pixels[y * size + x] = alpha << 24 | (int) Math.round(r / a) << 16 | (int) Math.round(g / a) << 8
                            | (int) Math.round(b / a);
                }
            }
        }
        return pixels;
    }

    /** The colour at a point of the 16-unit square, 0 outside the rounded square. */
    private static int colourAt(double x, double y) {
        if (!insideRoundedSquare(x, y)) {
            return 0;
        }
        if (Math.abs(x - CURSOR_X) <= CURSOR_HALF_WIDTH && y >= 1.6 && y <= 14.4) {
            return CURSOR;
        }
        for (double[] lane : LANES) {
            if (y >= lane[0] && y <= lane[1] && x >= lane[2] && x <= lane[3]) {
                return 0xFF000000 | (int) lane[4];
            }
        }
        return BACKGROUND;
    }

    private static boolean insideRoundedSquare(double x, double y) {
        double cx = Math.max(CORNER, Math.min(16 - CORNER, x));
        double cy = Math.max(CORNER, Math.min(16 - CORNER, y));
        double dx = x - cx;
        double dy = y - cy;
        return x >= 0 && x <= 16 && y >= 0 && y <= 16 && dx * dx + dy * dy <= CORNER * CORNER;
    }
}
