package org.dovetail.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** One generated file or folder and its committed counterpart in the repository. */
record GeneratedTree(Path generated, Path committed, Path repositoryRoot) {

    /** Repository-relative paths that are missing, extra or different in the committed copy. */
    List<String> differences() throws IOException {
        List<String> result = new ArrayList<>();
        for (String rel : union()) {
            Path g = generated.resolve(rel);
            Path c = committed.resolve(rel);
            if (!Files.exists(g) || !Files.exists(c) || !Arrays.equals(Files.readAllBytes(g), Files.readAllBytes(c))) {
                result.add(repositoryRoot.relativize(c).toString());
            }
        }
        return result;
    }

    /** Makes the committed copy equal to the generated one; returns the number of files written or removed. */
    int copyOver() throws IOException {
        int changed = 0;
        for (String rel : union()) {
            Path g = generated.resolve(rel);
            Path c = committed.resolve(rel);
            if (!Files.exists(g)) {
                Files.delete(c);
                changed++;
            } else if (!Files.exists(c) || !Arrays.equals(Files.readAllBytes(g), Files.readAllBytes(c))) {
                Files.createDirectories(c.getParent());
                Files.copy(g, c, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                changed++;
            }
        }
        return changed;
    }

    private Set<String> union() throws IOException {
        Set<String> all = new TreeSet<>(files(generated));
        all.addAll(files(committed));
        return all;
    }

    /** Files below {@code path} relative to it; a plain file is the empty relative path. */
    private static Set<String> files(Path path) throws IOException {
        Set<String> result = new TreeSet<>();
        if (Files.isRegularFile(path)) {
            result.add("");
        } else if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).forEach(p -> result.add(path.relativize(p).toString()));
            }
        }
        return result;
    }
}
