package org.loopscope.trace.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.loopscope.trace.Trace;

/**
 * Renders the timeline of a trace as a PNG with Java2D (no JavaFX; works headless): the same {@link TimelineScene}
 * as the SVG, each {@link Swatch} as a texture tiled from the picture's origin.
 */
public final class PngExporter {

    private PngExporter() {
    }

    /** The timeline of {@code trace} under {@code title}, {@code width} pixels wide, as PNG bytes. */
    public static byte[] toBytes(Trace trace, String title, int width) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(TimelineScene.of(trace, title, width)), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The picture of a laid-out scene. */
    public static BufferedImage render(TimelineScene scene) {
        BufferedImage image = new BufferedImage(scene.width(), scene.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, scene.width(), scene.height());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(new Color(0xCCCCCC));
            for (TimelineScene.Rule rule : scene.rules()) {
                g.draw(new Line2D.Double(rule.x1(), rule.y1(), rule.x2(), rule.y2()));
            }
            Map<Swatch, TexturePaint> paints = new EnumMap<>(Swatch.class);
            for (Swatch swatch : Swatch.values()) {
                paints.put(swatch, texture(swatch));
            }
            for (TimelineScene.Box box : scene.boxes()) {
                g.setPaint(paints.get(box.swatch()));
                g.fill(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x222222));
            for (TimelineScene.Label label : scene.labels()) {
                Font font = new Font(Font.SANS_SERIF, label.bold() ? Font.BOLD : Font.PLAIN, label.size());
                g.setFont(font);
                FontMetrics metrics = g.getFontMetrics();
                int textWidth = metrics.stringWidth(label.text());
                double x = switch (label.anchor()) {
                    case "middle" -> label.x() - textWidth / 2.0;
                    case "end" -> label.x() - textWidth;
                    default -> label.x();
                };
                g.drawString(label.text(), (float) x, (float) label.y());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static TexturePaint texture(Swatch swatch) {
        int tile = Swatch.TILE;
        BufferedImage image = new BufferedImage(tile, tile, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < tile; y++) {
            for (int x = 0; x < tile; x++) {
                image.setRGB(x, y, swatch.ink(x, y) ? swatch.inkRgb() : swatch.rgb());
            }
        }
        return new TexturePaint(image, new Rectangle(0, 0, tile, tile));
    }
}
