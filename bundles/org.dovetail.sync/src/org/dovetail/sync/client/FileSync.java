package org.dovetail.sync.client;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Durable file writes: write a temporary file, force it, rename it over the target, force the folder. */
final class FileSync {

    private FileSync() {
    }

    static void writeAtomically(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap(content));
            out.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        directory(file.toAbsolutePath().getParent());
    }

    static void writeAtomically(Path file, String content) throws IOException {
        writeAtomically(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Forces a folder's entries (a rename) to disk; a no-op where the platform cannot open folders. */
    static void directory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not all platforms allow it; the rename itself is still atomic.
        }
    }
}
