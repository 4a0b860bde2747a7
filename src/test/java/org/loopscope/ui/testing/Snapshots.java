package org.loopscope.ui.testing;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of nodes for UI tests, kept under {@code target/ui-snapshots/} for a person to look at. */
public final class Snapshots {

    /** Where the pictures go. */
    public static final Path FOLDER = Path.of("target", "ui-snapshots");

    private Snapshots() {
    }

    /** Takes a picture of a node, writes it as {@code name.png} and returns it. */
    public static BufferedImage take(Node node, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        BufferedImage picture = toBufferedImage(image);
        Files.createDirectories(FOLDER);
        ImageIO.write(picture, "png", FOLDER.resolve(name + ".png").toFile());
        return picture;
    }

    /** Returns the average luminance, from 0 (black) to 1 (white). */
    public static double meanBrightness(BufferedImage picture) {
        double sum = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int rgb = picture.getRGB(x, y);
                sum += 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
            }
        }
        return sum / 255 / picture.getWidth() / picture.getHeight();
    }

    /** Returns how many different colours the picture has. */
    public static int distinctColours(BufferedImage picture) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                colours.add(picture.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** Copies pixels through a PixelReader, so the tests need no javafx-swing. */
    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return picture;
    }
}
