package org.dovetail.cli.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.dovetail.cli.DovetailCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dovetail export-diagram} on the example models, headless, and its errors on bad input. */
class ExportDiagramCommandTest {

    private static final Path EXAMPLES = Path.of("../bundles/org.dovetail.examples/models");

    @TempDir
    Path folder;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DovetailCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportsAPngOfEachBuiltInDiagram() throws Exception {
        for (String diagram : new String[] { "process-flow", "Digital workflow", "dovetail/governance-mapping" }) {
            Path png = folder.resolve(diagram.replace('/', '-').replace(' ', '-') + ".png");
            Result result = run("export-diagram", EXAMPLES.resolve("supplier-invoice-approval.dovetail").toString(), diagram,
                    "--output", png.toString(), "--scale", "1");
            assertEquals(0, result.code(), result.err());
            byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
            assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, head);
            var image = ImageIO.read(png.toFile());
            assertTrue(image.getWidth() > 400 && image.getHeight() > 300);
        }
    }

    @Test
    void exportsSvgWithLayersAndAChosenProcess() throws Exception {
        Path svg = folder.resolve("flow.svg");
        Result result = run("export-diagram", EXAMPLES.resolve("it-change-enablement.dovetail").toString(), "process-flow",
                "--output", svg.toString(), "--layer", "risk,ownership,work-as-done");
        assertEquals(0, result.code(), result.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(text.contains("class=\"lane mapping-lane"), "lanes are groups");
        assertTrue(text.contains("owner: "), "the ownership layer's decorations are drawn");
        assertTrue(text.trim().endsWith("</svg>"));
    }

    @Test
    void elementAllDrawsEveryProcessIntoItsOwnFile() throws Exception {
        Path png = folder.resolve("flow.png");
        Result result = run("export-diagram", EXAMPLES.resolve("it-change-enablement.dovetail").toString(), "process-flow",
                "--output", png.toString(), "--element", "all", "--scale", "1");
        assertEquals(0, result.code(), result.err());
        Path normal = folder.resolve("flow-normal-change-enablement.png");
        Path standard = folder.resolve("flow-standard-change-fulfilment.png");
        assertTrue(result.out().contains(normal.toString()) && result.out().contains(standard.toString()), result.out());
        var first = ImageIO.read(normal.toFile());
        var second = ImageIO.read(standard.toFile());
        assertTrue(first.getWidth() > 400 && second.getWidth() > 400);
        assertFalse(Arrays.equals(Files.readAllBytes(normal), Files.readAllBytes(standard)), "each file draws its own process");
        assertFalse(Files.exists(png), "no file under the plain name: one per process");
    }

    @Test
    void anUnknownDiagramNamesTheKnownOnes() {
        Result result = run("export-diagram", EXAMPLES.resolve("supplier-invoice-approval.dovetail").toString(), "org-chart",
                "--output", folder.resolve("x.png").toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("unknown diagram \"org-chart\"") && result.err().contains("dovetail/process-flow"), result.err());
        assertFalse(Files.exists(folder.resolve("x.png")));
    }

    @Test
    void anUnreadableModelIsNamedWithTheReason() throws Exception {
        Path broken = folder.resolve("broken.dovetail");
        Files.writeString(broken, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>");
        Result result = run("export-diagram", broken.toString(), "process-flow", "--output", folder.resolve("y.png").toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("broken.dovetail") && result.err().contains("DOCTYPE"), result.err());
        Result missing = run("export-diagram", folder.resolve("nothing.dovetail").toString(), "process-flow", "--output",
                folder.resolve("z.png").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no model file"), missing.err());
    }

    @Test
    void unknownLayerOrElementIsABadInput() {
        String model = EXAMPLES.resolve("supplier-invoice-approval.dovetail").toString();
        Result layer = run("export-diagram", model, "process-flow", "--output", folder.resolve("a.png").toString(), "--layer", "colours");
        assertEquals(2, layer.code());
        assertTrue(layer.err().contains("no layer \"colours\""), layer.err());
        Result element = run("export-diagram", model, "process-flow", "--output", folder.resolve("b.png").toString(), "--element", "Payroll");
        assertEquals(2, element.code());
        assertTrue(element.err().contains("Payroll") && element.err().contains("Supplier invoice approval"), element.err());
    }
}
