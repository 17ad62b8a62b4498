package org.dovetail.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: {@code GenerateModel <repository root> [--check]}. Without {@code --check} it
 * regenerates the EMF code of every metamodel ({@link GeneratedModel#ALL}) in place; with it, it exits 1
 * and lists the stale files if the committed code differs from what the {@code .ecore} files generate.
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: GenerateModel <repository root> [--check]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        if (args.length > 1 && "--check".equals(args[1])) {
            List<String> stale = new ArrayList<>();
            for (GeneratedModel model : GeneratedModel.ALL) {
                stale.addAll(new ModelGenerator(root, model).stalePaths());
            }
            stale.forEach(p -> System.out.println("stale: " + p));
            System.exit(stale.isEmpty() ? 0 : 1);
        }
        int written = 0;
        for (GeneratedModel model : GeneratedModel.ALL) {
            written += new ModelGenerator(root, model).write();
        }
        System.out.println("Generated EMF code is up to date (" + written + " files written or removed).");
    }
}
