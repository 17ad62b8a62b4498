package org.dovetail.conventions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** The bundles of the source tree as the checks see them: folder, manifest and whether they may use a UI. */
record Bundle(Path folder, Manifest manifest) {

    static final Path ROOT = Path.of(System.getProperty("dovetail.root", "../.."));

    /** Every folder under {@code bundles/} with a {@code META-INF/MANIFEST.MF}. */
    static List<Bundle> all() {
        try (Stream<Path> folders = Files.list(ROOT.resolve("bundles"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("META-INF/MANIFEST.MF"))).sorted().map(Bundle::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Bundle read(Path folder) {
        try (InputStream in = Files.newInputStream(folder.resolve("META-INF/MANIFEST.MF"))) {
            return new Bundle(folder, new Manifest(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return folder.getFileName().toString();
    }

    String header(String key) {
        String value = manifest.getMainAttributes().getValue(key);
        return value == null ? "" : value;
    }

    boolean isTestFragment() {
        return !header("Fragment-Host").isEmpty() && name().endsWith(".tests");
    }

    /**
     * The workbench side: {@code *.ui}, the editor, the workbench, the UI-test support and their tests. Everything
     * else runs in the server and the command line too, so it must not touch SWT, JFace or the workbench.
     */
    boolean mayUseUi() {
        String base = name().endsWith(".tests") ? name().substring(0, name().length() - ".tests".length()) : name();
        return base.endsWith(".ui") || base.contains(".ui.") || base.equals("org.dovetail.editor") || base.equals("org.dovetail.workbench");
    }
}
