package org.loopscope.trace.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.loopscope.trace.Trace;

/**
 * Writes the timeline of a trace as an SVG document (text, no JavaFX): the {@link TimelineScene} with one pattern
 * per {@link Swatch} defined once and referenced by each slice. Numbers are printed with two decimals in a fixed
 * locale, so the same trace always gives the same bytes.
 */
public final class SvgExporter {

    private SvgExporter() {
    }

    /** The timeline of {@code trace} under {@code title}, {@code width} pixels wide, as UTF-8 SVG. */
    public static byte[] toBytes(Trace trace, String title, int width) {
        return toSvg(TimelineScene.of(trace, title, width)).getBytes(StandardCharsets.UTF_8);
    }

    /** The SVG text of a laid-out scene. */
    public static String toSvg(TimelineScene scene) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(scene.width())
                .append("\" height=\"").append(scene.height()).append("\" viewBox=\"0 0 ").append(scene.width())
                .append(' ').append(scene.height()).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n");
        svg.append("<defs>\n");
        for (Swatch swatch : Swatch.values()) {
            pattern(svg, swatch);
        }
        svg.append("</defs>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(scene.width()).append("\" height=\"")
                .append(scene.height()).append("\" fill=\"#FFFFFF\"/>\n");
        svg.append("<g stroke=\"#CCCCCC\" stroke-width=\"1\">\n");
        for (TimelineScene.Rule rule : scene.rules()) {
            svg.append("<line x1=\"").append(n(rule.x1())).append("\" y1=\"").append(n(rule.y1()))
                    .append("\" x2=\"").append(n(rule.x2())).append("\" y2=\"").append(n(rule.y2()))
                    .append("\"/>\n");
        }
        svg.append("</g>\n<g>\n");
        for (TimelineScene.Box box : scene.boxes()) {
            svg.append("<rect class=\"").append(box.swatch().label()).append("\" x=\"").append(n(box.x()))
                    .append("\" y=\"").append(n(box.y())).append("\" width=\"").append(n(box.width()))
                    .append("\" height=\"").append(n(box.height())).append("\" fill=\"url(#")
                    .append(id(box.swatch())).append(")\"/>\n");
        }
        svg.append("</g>\n<g fill=\"#222222\">\n");
        for (TimelineScene.Label label : scene.labels()) {
            svg.append("<text x=\"").append(n(label.x())).append("\" y=\"").append(n(label.y()))
                    .append("\" font-size=\"").append(label.size()).append("\" text-anchor=\"")
                    .append(label.anchor()).append('"');
            if (label.bold()) {
                svg.append(" font-weight=\"bold\"");
            }
            svg.append('>').append(escape(label.text())).append("</text>\n");
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    /** A pattern of one tile: the base colour, then the ink pixels of {@link Swatch#ink} as 1×1 squares. */
    private static void pattern(StringBuilder svg, Swatch swatch) {
        int tile = Swatch.TILE;
        svg.append("<pattern id=\"").append(id(swatch)).append("\" width=\"").append(tile).append("\" height=\"")
                .append(tile).append("\" patternUnits=\"userSpaceOnUse\">");
        svg.append("<rect width=\"").append(tile).append("\" height=\"").append(tile).append("\" fill=\"")
                .append(swatch.hex()).append("\"/>");
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < tile; y++) {
            for (int x = 0; x < tile; x++) {
                if (swatch.ink(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path).append("\" fill=\"").append(swatch.inkHex()).append("\"/>");
        }
        svg.append("</pattern>\n");
    }

    private static String id(Swatch swatch) {
        return "swatch-" + swatch.label();
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }
}
