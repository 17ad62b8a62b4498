package org.dovetail.sync.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static byte[] payload(int i) {
        return ("{\"record\":" + i + ",\"text\":\"" + "x".repeat(i * 7) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void recordsSurviveReopening() throws IOException {
        Path file = dir.resolve("journal.log");
        try (Journal journal = Journal.open(file)) {
            for (int i = 0; i < 20; i++) {
                journal.append(payload(i));
            }
        }
        try (Journal journal = Journal.open(file)) {
            assertEquals(20, journal.records().size());
            assertArrayEquals(payload(7), journal.records().get(7));
            assertEquals(0, journal.droppedBytes());
            journal.append(payload(20));
        }
        try (Journal journal = Journal.open(file)) {
            assertEquals(21, journal.records().size());
        }
    }

    @Test
    void aTornLastRecordIsDroppedAtEveryCutPoint() throws IOException {
        Path full = dir.resolve("full.log");
        try (Journal journal = Journal.open(full)) {
            for (int i = 0; i < 3; i++) {
                journal.append(payload(i));
            }
        }
        byte[] bytes = Files.readAllBytes(full);
        int lastStart = 8 + payload(0).length + 8 + payload(1).length;
        for (int cut = lastStart; cut < bytes.length; cut++) {
            Path torn = dir.resolve("torn-" + cut + ".log");
            Files.write(torn, Arrays.copyOf(bytes, cut));
            try (Journal journal = Journal.open(torn)) {
                assertEquals(2, journal.records().size(), "cut at " + cut);
                assertEquals(cut - lastStart, journal.droppedBytes());
                journal.append(payload(9)); // appends go after the last complete record
            }
            try (Journal journal = Journal.open(torn)) {
                assertEquals(3, journal.records().size(), "cut at " + cut);
                assertArrayEquals(payload(9), journal.records().get(2));
            }
        }
    }

    @Test
    void aZeroFilledOrGarbledTailIsTornButDamageInTheMiddleIsAnError() throws IOException {
        Path file = dir.resolve("journal.log");
        try (Journal journal = Journal.open(file)) {
            journal.append(payload(1));
            journal.append(payload(2));
        }
        long good = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(good + 4096); // a crash may leave zeros after the data
        }
        try (Journal journal = Journal.open(file)) {
            assertEquals(2, journal.records().size());
        }
        assertEquals(good, Files.size(file), "the zero tail is cut off");

        byte[] bytes = Files.readAllBytes(file);
        bytes[10] ^= 0x5a; // inside the first record's payload, with a complete record after it
        Files.write(file, bytes);
        IOException e = assertThrows(IOException.class, () -> Journal.open(file));
        assertTrue(e.getMessage().contains("journal corrupt at byte 0"), e.getMessage());
        assertEquals(bytes.length, Files.size(file), "a corrupt journal is left as it is");
    }

    @Test
    void createWritesAllRecordsAtOnce() throws IOException {
        Path file = dir.resolve("new.log");
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(payload(i));
        }
        Journal.create(file, records);
        try (Journal journal = Journal.open(file)) {
            assertEquals(5, journal.records().size());
        }
        assertThrows(IllegalArgumentException.class, () -> Journal.create(dir.resolve("empty.log"), List.of(new byte[0])));
    }
}
