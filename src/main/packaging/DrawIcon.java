import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws Loopscope's icon: an event loop (a circular arrow) around three staggered task bars in the timeline's
 * state colours, on a dark rounded square.
 *
 * <p>Run with {@code java src/main/packaging/DrawIcon.java SIZE OUT.png}; {@code docs/packaging.md} shows how the
 * committed PNG, ICO and ICNS files were made from it.
 */
public final class DrawIcon {

    private static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    private static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    private static final Color BLUE = new Color(0x56, 0xB4, 0xE9);
    private static final Color LOOP = new Color(0xEC, 0xEF, 0xF1);

    private DrawIcon() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        ImageIO.write(draw(size), "png", new File(args[1]));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size, size); // everything below is in fractions of the icon's side

        double margin = 0.04;
        g.setPaint(new GradientPaint(0f, 0f, new Color(0x37, 0x47, 0x4F), 0f, 1f, new Color(0x1C, 0x24, 0x29)));
        g.fill(new RoundRectangle2D.Double(margin, margin, 1 - 2 * margin, 1 - 2 * margin, 0.44, 0.44));

        // The loop: a clockwise arc with a gap at the top left, ending in an arrowhead.
        double cx = 0.5;
        double cy = 0.5;
        double r = 0.32;
        double width = 0.07;
        double start = 95;
        double extent = -300;
        g.setColor(LOOP);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, start, extent, Arc2D.OPEN));
        double end = Math.toRadians(start + extent);
        double ex = cx + r * Math.cos(end);
        double ey = cy - r * Math.sin(end);
        double dx = Math.sin(end); // clockwise tangent, in screen coordinates
        double dy = Math.cos(end);
        double head = 0.075;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(ex + dx * head * 1.7, ey + dy * head * 1.7);
        arrow.lineTo(ex - dy * head, ey + dx * head);
        arrow.lineTo(ex + dy * head, ey - dx * head);
        arrow.closePath();
        g.fill(arrow);

        // Three tasks on a timeline, each starting where the loop hands over to it.
        double bar = 0.085;
        g.setColor(ORANGE);
        g.fill(new RoundRectangle2D.Double(0.32, 0.37, 0.28, bar, bar, bar));
        g.setColor(GREEN);
        g.fill(new RoundRectangle2D.Double(0.42, 0.475, 0.31, bar, bar, bar));
        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(0.34, 0.58, 0.27, bar, bar, bar));
        g.dispose();
        return image;
    }
}
