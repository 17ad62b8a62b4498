import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar in the product's plugins folder with its entries stored, not deflated (run by the product build,
 * {@code java StoreJarsUncompressed.java <plugins folder>}). Equinox reads each class's bytes from its bundle jar at
 * every start (the class cache matches classes by those bytes), and inflating them was 7 % of the UI thread's
 * start-up: stored entries are read as they are. Entry order, names, times and contents stay the same, so jar
 * signatures (digests of the contents) stay valid.
 */
public final class StoreJarsUncompressed {

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            throw new IllegalArgumentException("usage: java StoreJarsUncompressed.java <plugins folder>");
        }
        int rewritten = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (store(jar)) {
                    rewritten++;
                }
            }
        }
        System.out.println("StoreJarsUncompressed: " + rewritten + " jars in " + args[0] + " now store their entries");
    }

    /** Rewrites one jar (through a temporary file beside it); false if it stored everything already. */
    private static boolean store(Path jar) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().allMatch(entry -> entry.getMethod() == ZipEntry.STORED)) {
                return false;
            }
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stored))) {
                out.setMethod(ZipOutputStream.STORED);
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    byte[] bytes;
                    try (InputStream content = in.getInputStream(entry)) {
                        bytes = content.readAllBytes();
                    }
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(stored);
            throw new IOException("could not rewrite " + jar + ": " + e.getMessage(), e);
        }
        Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }
}
