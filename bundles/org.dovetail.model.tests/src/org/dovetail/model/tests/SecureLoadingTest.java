package org.dovetail.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.model.resource.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken model files are refused with a clear message and never half-loaded. */
class SecureLoadingTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT_OPEN = "<dovetail:DovetailModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:dovetail=\"http://www.dovetail.org/model/1.0\" id=\"0b1c1d4e-0000-4000-8000-000000000001\"";

    @TempDir
    Path dir;

    @Test
    void externalEntityIsRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path file = write("xxe.dovetail", HEADER
                + "<!DOCTYPE dovetail:DovetailModel [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + ROOT_OPEN + " name=\"&xxe;\"/>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DovetailResources.load(file));
        assertTrue(e.getMessage().contains("xxe.dovetail"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), "the entity must never be expanded");
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        Path file = write("bomb.dovetail", HEADER + dtd + ROOT_OPEN + " name=\"&lol9;\"/>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DovetailResources.load(file));
        assertTrue(e.getMessage().contains("entity-expansion"), e.getMessage());
    }

    @Test
    void externalParameterEntityIsRefused() throws Exception {
        Path evil = dir.resolve("evil.dtd");
        Files.writeString(evil, "<!ENTITY % payload SYSTEM \"file:///etc/hostname\">");
        Path file = write("param.dovetail", HEADER
                + "<!DOCTYPE x [ <!ENTITY % remote SYSTEM \"" + evil.toUri() + "\"> %remote; ]>\n" + ROOT_OPEN + "/>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DovetailResources.load(file));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void malformedXmlNamesFileAndPosition() throws Exception {
        Path file = write("broken.dovetail", HEADER + ROOT_OPEN + ">\n  <people name=\"Ann\">\n</dovetail:DovetailModel>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DovetailResources.load(file));
        assertTrue(e.getMessage().contains("broken.dovetail"), e.getMessage());
        assertTrue(e.getMessage().contains("(line 4, column 3)") && e.getMessage().contains("people"), e.getMessage());
    }

    @Test
    void truncatedFileIsReportedAsTruncatedNotAsAnAttack() throws Exception {
        String whole = HEADER + ROOT_OPEN + ">\n  <people id=\"0b1c1d4e-0000-4000-8000-000000000002\" name=\"Ann\"/>\n</dovetail:DovetailModel>\n";
        Path file = write("truncated.dovetail", whole.substring(0, whole.indexOf("</dovetail")));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DovetailResources.load(file));
        assertTrue(e.getMessage().contains("truncated.dovetail") && e.getMessage().contains("not a readable Dovetail model"), e.getMessage());
        assertFalse(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void unknownFeatureIsReported() throws Exception {
        Path file = write("unknown.dovetail", HEADER + ROOT_OPEN + " colour=\"red\"/>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DovetailResources.load(file));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAModelIsRefused() throws Exception {
        Path file = write("plain.dovetail", "this is not XML at all");
        assertThrows(ModelLoadException.class, () -> DovetailResources.load(file));
        Path missing = dir.resolve("missing.dovetail");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DovetailResources.load(missing));
        assertTrue(e.getMessage().contains("missing.dovetail"), e.getMessage());
    }

    @Test
    void aWellFormedModelStillLoads() throws Exception {
        Path file = write("ok.dovetail", HEADER + ROOT_OPEN + " name=\"Fine\"/>\n");
        DovetailModel model = DovetailResources.load(file);
        assertEquals("Fine", model.getName());
        assertEquals("0b1c1d4e-0000-4000-8000-000000000001", model.getId());
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
