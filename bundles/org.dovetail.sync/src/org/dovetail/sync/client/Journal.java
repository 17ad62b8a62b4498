package org.dovetail.sync.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * An append-only file of records, each {@code [length:int][crc32c:int][payload]} and forced to disk
 * before {@link #append} returns, so a record that was appended survives a crash of the process or
 * the machine.
 *
 * <p>Opening the journal checks every record. A torn last record (the process died while writing
 * it: short, or its checksum does not match and nothing follows) is dropped and the file truncated
 * to the last complete record. A bad record followed by more data is corruption, not a torn write,
 * and is refused with an error rather than silently skipped.
 */
public final class Journal implements AutoCloseable {

    private static final int HEADER = 8;
    /** Larger lengths are garbage, not a record (a change set of a million operations is ~100 MB). */
    private static final int MAX_RECORD = 512 * 1024 * 1024;

    private final FileChannel channel;
    private final List<byte[]> records;
    private final long droppedBytes;

    private Journal(FileChannel channel, List<byte[]> records, long droppedBytes) {
        this.channel = channel;
        this.records = records;
        this.droppedBytes = droppedBytes;
    }

    /** Opens (or creates) the journal, recovering from a torn last record. */
    public static Journal open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            List<byte[]> records = new ArrayList<>();
            long size = channel.size();
            long position = 0;
            while (position < size) {
                byte[] record = readRecord(channel, position, size);
                if (record == null) {
                    break;
                }
                records.add(record);
                position += HEADER + record.length;
            }
            long dropped = size - position;
            if (dropped > 0) {
                channel.truncate(position);
                channel.force(true);
            }
            channel.position(position);
            return new Journal(channel, records, dropped);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The record at {@code position}, or null if it is the torn tail; an error for corruption in the middle. */
    private static byte[] readRecord(FileChannel channel, long position, long size) throws IOException {
        if (size - position < HEADER) {
            return null;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.BIG_ENDIAN);
        readFully(channel, header, position);
        int length = header.getInt(0);
        int crc = header.getInt(4);
        if (length <= 0 || length > MAX_RECORD) {
            // A crash can leave a zero-filled tail; anything else is damage we must not paper over.
            return allZero(channel, position, size) ? null : corrupt(position, size, "impossible record length " + length);
        }
        long end = position + HEADER + (long) length;
        if (end > size) {
            return null; // written only in part
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        readFully(channel, payload, position + HEADER);
        if (checksum(payload.array()) != crc) {
            return end == size ? null : corrupt(position, size, "checksum mismatch");
        }
        return payload.array();
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of journal");
            }
        }
    }

    private static boolean allZero(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        for (long position = from; position < size;) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) != 0) {
                    return false;
                }
            }
            position += read;
        }
        return true;
    }

    private static byte[] corrupt(long position, long size, String reason) throws IOException {
        throw new IOException("journal corrupt at byte " + position + " of " + size + ": " + reason
                + " (complete records follow, so this is not a torn write; the file is left as it is)");
    }

    private static int checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue();
    }

    /** Appends one record and forces it to disk. */
    public synchronized void append(byte[] payload) throws IOException {
        ByteBuffer buffer = frame(payload);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(true);
        records.add(payload.clone());
    }

    /** The complete records, oldest first. */
    public synchronized List<byte[]> records() {
        return List.copyOf(records);
    }

    /** Bytes of a torn last record dropped when the journal was opened (0 after a clean shutdown). */
    public long droppedBytes() {
        return droppedBytes;
    }

    /**
     * Writes a new journal holding {@code records} (temporary file, forced, atomic rename): a crash
     * leaves either no file or the complete one.
     */
    public static void create(Path file, List<byte[]> records) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (byte[] payload : records) {
                ByteBuffer buffer = frame(payload);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            out.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        FileSync.directory(file.toAbsolutePath().getParent());
    }

    private static ByteBuffer frame(byte[] payload) {
        if (payload.length == 0) {
            throw new IllegalArgumentException("empty journal record");
        }
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + payload.length).order(ByteOrder.BIG_ENDIAN);
        buffer.putInt(payload.length).putInt(checksum(payload)).put(payload).flip();
        return buffer;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
