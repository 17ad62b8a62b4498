package org.dovetail.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The model, rules, sync client and diagram runtime run in the server and the CLI: no SWT, JFace or workbench. */
class HeadlessBundlesTest {

    private static final Pattern UI = Pattern.compile("org\\.eclipse\\.(swt|jface|ui)\\b");
    private static final Pattern UI_IMPORT = Pattern.compile("^import\\s+(static\\s+)?org\\.eclipse\\.(swt|jface|ui)\\.", Pattern.MULTILINE);

    @Test
    void headlessBundlesDeclareNoUiDependency() {
        List<String> offences = new ArrayList<>();
        for (Bundle bundle : headless()) {
            for (String header : List.of("Require-Bundle", "Import-Package", "Fragment-Host")) {
                if (UI.matcher(bundle.header(header)).find()) {
                    offences.add(bundle.name() + ": " + header);
                }
            }
        }
        assertEquals(List.of(), offences, "headless bundles depending on SWT, JFace or the workbench");
    }

    @Test
    void headlessSourcesImportNoUi() {
        List<String> offences = new ArrayList<>();
        for (Bundle bundle : headless()) {
            for (Path source : javaSources(bundle.folder())) {
                if (UI_IMPORT.matcher(read(source)).find()) {
                    offences.add(Bundle.ROOT.relativize(source).toString());
                }
            }
        }
        assertEquals(List.of(), offences, "headless sources importing SWT, JFace or the workbench");
    }

    @Test
    void theClassificationSeesBothKinds() {
        assertFalse(headless().isEmpty());
        assertFalse(Bundle.all().stream().filter(Bundle::mayUseUi).toList().isEmpty());
        assertFalse(headless().stream().anyMatch(b -> b.name().equals("org.dovetail.diagram.ui")));
        assertTrue(headless().stream().anyMatch(b -> b.name().equals("org.dovetail.sync")));
    }

    private static List<Bundle> headless() {
        return Bundle.all().stream().filter(b -> !b.mayUseUi()).toList();
    }

    private static List<Path> javaSources(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/target/")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
