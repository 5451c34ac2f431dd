package vn.ocop.platform.media;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws a product label picture with Java2D (a jar with a label, the name and stars): the license-clean photo the
 * local stack's demo products and the tests upload, so no binary image is committed.
 */
public final class LabelPicture {

    private LabelPicture() {
    }

    /** A PNG of {@code width}×{@code height} pixels showing {@code name} and {@code stars} (0: none) in {@code hue}. */
    public static byte[] png(String name, int stars, float hue, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.25f, 0.98f), 0, height,
                Color.getHSBColor(hue, 0.45f, 0.80f)));
        g.fillRect(0, 0, width, height);
        int jarWidth = width * 2 / 5;
        int jarHeight = height * 3 / 5;
        int x = (width - jarWidth) / 2;
        int y = height / 5;
        g.setColor(Color.getHSBColor(hue, 0.7f, 0.45f));
        g.fill(new RoundRectangle2D.Float(x, y, jarWidth, jarHeight, jarWidth / 4f, jarWidth / 4f));
        g.setColor(Color.getHSBColor(hue, 0.5f, 0.3f));
        g.fillRect(x + jarWidth / 8, y - height / 14, jarWidth * 3 / 4, height / 12);
        g.setColor(new Color(255, 250, 235));
        int labelY = y + jarHeight / 4;
        g.fill(new RoundRectangle2D.Float(x + jarWidth / 12f, labelY, jarWidth * 5 / 6f, jarHeight / 2f, 12, 12));
        g.setColor(new Color(180, 30, 30));
        g.setStroke(new BasicStroke(Math.max(2, width / 200f)));
        g.draw(new RoundRectangle2D.Float(x + jarWidth / 12f, labelY, jarWidth * 5 / 6f, jarHeight / 2f, 12, 12));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, width / 22)));
        drawCentered(g, "OCOP", width / 2, labelY + jarHeight / 6);
        if (stars > 0) {
            g.setColor(new Color(230, 160, 0));
            drawCentered(g, "★".repeat(stars), width / 2, labelY + jarHeight / 3);
        }
        g.setColor(new Color(40, 30, 20));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, width / 26)));
        drawCentered(g, name, width / 2, y + jarHeight + height / 10);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawCentered(Graphics2D g, String text, int centreX, int baseline) {
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, centreX - w / 2, baseline);
    }
}
