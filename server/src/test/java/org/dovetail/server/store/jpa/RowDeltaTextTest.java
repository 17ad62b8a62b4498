package org.dovetail.server.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Chunking a row delta's JSON and reading the chunks back as one stream. */
class RowDeltaTextTest {

    @Test
    void chunksHoldAtMostTheGivenLengthAndReadBackWhole() throws IOException {
        String text = "{\"elements\":[\"ä€𝄞\"" + ",\"x\"".repeat(50) + "]}";
        for (int size : new int[] { 1, 2, 3, 7, 64, text.length(), text.length() + 1 }) {
            RowDeltaText.ChunkWriter out = new RowDeltaText.ChunkWriter(size);
            // In pieces of every length, as a JSON generator hands them over.
            for (int i = 0, piece = 1; i < text.length(); i += piece, piece = piece % 5 + 1) {
                out.write(text, i, Math.min(piece, text.length() - i));
            }
            List<String> chunks = out.chunks();
            assertEquals(String.join("", chunks), text);
            assertEquals((text.length() + size - 1) / size, chunks.size(), "chunks of " + size);
            chunks.subList(0, chunks.size() - 1).forEach(c -> assertEquals(size, c.length()));
            assertEquals(text, readAll(RowDeltaText.reader(chunks)));
        }
    }

    @Test
    void anEmptyTextIsOneEmptyChunk() throws IOException {
        List<String> chunks = new RowDeltaText.ChunkWriter(16).chunks();
        assertEquals(List.of(""), chunks);
        assertEquals("", readAll(RowDeltaText.reader(chunks)));
    }

    @Test
    void aChunkSourceThatFailsFailsTheRead() {
        Reader reader = RowDeltaText.reader(() -> {
            throw new IOException("chunk 3 of 9 is missing");
        });
        IOException e = assertThrows(IOException.class, () -> reader.read(new char[8]));
        assertEquals("chunk 3 of 9 is missing", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RowDeltaText.ChunkWriter(0));
    }

    private static String readAll(Reader reader) throws IOException {
        StringWriter out = new StringWriter();
        reader.transferTo(out);
        return out.toString();
    }
}
