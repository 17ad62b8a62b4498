package org.dovetail.benchmarks;

import java.nio.file.Path;

import org.dovetail.model.resource.DovetailResources;

/**
 * Writes the model of the workbench's UI freeze benchmark ({@code ui-freeze.sh}): {@code ModelGenerator.generate(100_000, 42)}
 * saved as a {@code .dovetail} file (about 100 K elements, 22 K mappings, 10 MB). Argument: the file to write.
 */
public final class WriteFreezeModel {

    private WriteFreezeModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: WriteFreezeModel <file.dovetail>");
            System.exit(2);
        }
        DovetailResources.save(ModelGenerator.generate(100_000, 42), Path.of(args[0]));
        System.out.println("wrote " + args[0]);
    }
}
