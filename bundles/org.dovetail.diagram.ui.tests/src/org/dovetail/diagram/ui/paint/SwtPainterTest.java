package org.dovetail.diagram.ui.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

import org.dovetail.diagram.paint.AwtPainter;
import org.dovetail.diagram.paint.DiagramPainter;
import org.dovetail.diagram.paint.FontSpec;
import org.dovetail.diagram.paint.LineDash;
import org.dovetail.diagram.paint.PaintPath;
import org.dovetail.diagram.paint.Rgb;
import org.dovetail.diagram.paint.TextExtent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SWT painter draws what the AWT painter (the PNG export) draws: the same scene, compared pixel by pixel. */
class SwtPainterTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 200;

    private final SwtFonts fonts = new SwtFonts(Display.getCurrent());

    @AfterEach
    void disposeFonts() {
        fonts.dispose();
    }

    /** Shapes, a path, a dashed outline, transforms, clipping and alpha: no text (fonts differ by toolkit). */
    private static void scene(DiagramPainter p) {
        p.setFill(new Rgb(219, 234, 254));
        p.fillRoundRectangle(10, 10, 120, 60, 16);
        p.setStroke(new Rgb(30, 64, 175));
        p.setLine(2, LineDash.SOLID);
        p.drawRoundRectangle(10, 10, 120, 60, 16);
        p.setFill(new Rgb(254, 243, 199));
        p.fillPath(PaintPath.polygon(200, 10, 250, 40, 200, 70, 150, 40));
        p.setLine(1.5, LineDash.DASHED);
        p.drawRectangle(20, 100, 100, 60);
        p.save();
        p.translate(160, 100);
        p.scale(2);
        p.clip(0, 0, 40, 20);
        p.setFill(new Rgb(220, 38, 38));
        p.fillOval(0, 0, 60, 40); // clipped to its top-left quarter
        p.restore();
        p.setAlpha(128);
        p.setFill(new Rgb(22, 163, 74));
        p.fillRectangle(260, 120, 50, 50);
        p.setAlpha(255);
        p.setLine(3, LineDash.SOLID);
        p.drawPath(PaintPath.polyline(140, 180, 200, 180, 200, 150));
    }

    private BufferedImage paintWithSwt(Consumer<DiagramPainter> drawing) {
        Display display = Display.getCurrent();
        Image image = new Image(display, WIDTH, HEIGHT);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, WIDTH, HEIGHT);
            SwtPainter painter = new SwtPainter(gc, fonts);
            drawing.accept(painter);
            painter.dispose();
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        PaletteData palette = data.palette;
        BufferedImage result = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                RGB rgb = palette.getRGB(data.getPixel(x, y));
                result.setRGB(x, y, (rgb.red << 16) | (rgb.green << 8) | rgb.blue);
            }
        }
        return result;
    }

    private static BufferedImage paintWithAwt(Consumer<DiagramPainter> drawing) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        drawing.accept(new AwtPainter(g));
        g.dispose();
        return image;
    }

    @Test
    void drawsWhatTheExportDraws() {
        BufferedImage swt = paintWithSwt(SwtPainterTest::scene);
        BufferedImage awt = paintWithAwt(SwtPainterTest::scene);
        int differing = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (distance(swt.getRGB(x, y), awt.getRGB(x, y)) > 96) {
                    differing++;
                }
            }
        }
        // Antialiased edges differ a little between Cairo and Java2D; shapes in the wrong place would differ a lot.
        assertTrue(differing < WIDTH * HEIGHT / 100, differing + " pixels differ clearly");
        assertColour(new Rgb(220, 38, 38), swt.getRGB(200, 120), "inside the clipped oval");
        assertColour(Rgb.WHITE, swt.getRGB(250, 150), "the oval is clipped");
        assertColour(new Rgb(138, 209, 164), swt.getRGB(285, 145), "half-transparent green over white");
    }

    @Test
    void measuresTextLikeTheExport() {
        FontSpec label = FontSpec.of(12, true);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        TextExtent awt = AwtPainter.measure(scratch.createGraphics(), label, "Approve invoice over 10,000");
        TextExtent[] swt = new TextExtent[1];
        paintWithSwt(p -> {
            p.setFont(label);
            swt[0] = p.measure("Approve invoice over 10,000");
        });
        assertEquals(awt.width(), swt[0].width(), awt.width() * 0.08, "width");
        assertEquals(awt.height(), swt[0].height(), awt.height() * 0.2, "height");
    }

    @Test
    void drawsTextAtItsPlace() {
        BufferedImage swt = paintWithSwt(p -> {
            p.setFont(FontSpec.of(20, true));
            p.setStroke(Rgb.BLACK);
            p.translate(100, 50);
            p.drawText("MMMM", 0, 0);
        });
        int dark = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if ((swt.getRGB(x, y) & 0xff) < 100) {
                    dark++;
                    assertTrue(x >= 99 && y >= 49 && x < 180 && y < 80, "ink at " + x + "," + y);
                }
            }
        }
        assertTrue(dark > 100, "the text is drawn");
    }

    private static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)) + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    private static void assertColour(Rgb expected, int actual, String where) {
        int d = distance(actual, (expected.red() << 16) | (expected.green() << 8) | expected.blue());
        assertTrue(d < 30, where + ": expected " + expected.hex() + " but was " + Integer.toHexString(actual & 0xffffff));
    }
}
