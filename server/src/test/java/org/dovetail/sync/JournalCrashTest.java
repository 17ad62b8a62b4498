package org.dovetail.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.JournalRecord;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.protocol.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM records change sets into a shared folder's journal and is killed with {@code kill -9}
 * at a random moment, again and again; every change set it reported as recorded must be there
 * afterwards, in order and intact, and the folder must open cleanly (a torn last record dropped).
 */
class JournalCrashTest {

    private static final SyncClient NO_SERVER = new SyncClient(URI.create("http://127.0.0.1:9"), new Credentials.Bearer("unused"));

    @TempDir
    Path dir;

    /** The child: records change sets of varying size forever, printing each sequence once it is on disk. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path folder = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        boolean tear = args.length > 2 && args[2].equals("tear");
        try (Synchronizer sync = Synchronizer.open(folder, NO_SERVER)) {
            for (int written = 0;; written++) {
                if (tear && written == 3) {
                    tearAndWait(folder);
                }
                long sequence = sync.record(operations(random), "change").sequence();
                System.out.println("recorded " + sequence);
                System.out.flush();
            }
        }
    }

    /** Change sets of 1 to 100 operations with values up to 300 characters. */
    private static List<Operation> operations(Random random) {
        int count = 1 + random.nextInt(100);
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> (Operation) new Operation.SetValue("element-" + i, "name",
                "v".repeat(random.nextInt(300)))).toList();
    }

    /**
     * Writes the first half of a record straight into the journal, as a crash in the middle of a write
     * (power loss, a full disk) leaves it, then waits to be killed.
     */
    private static void tearAndWait(Path folder) throws IOException, InterruptedException {
        String state = java.nio.file.Files.readString(folder.resolve(".dovetail-sync/state.json"));
        String journal = org.dovetail.sync.protocol.ProtocolJson.read(state, org.dovetail.sync.client.SyncState.class).journalFile();
        byte[] payload = "{\"type\":\"change\",\"sequence\":999999,\"operations\":[]}".getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer half = java.nio.ByteBuffer.allocate(8 + payload.length / 2).putInt(payload.length).putInt(12345)
                .put(payload, 0, payload.length / 2).flip();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(folder.resolve(".dovetail-sync").resolve(journal),
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND)) {
            channel.write(half);
            channel.force(true);
        }
        System.out.println("torn");
        System.out.flush();
        Thread.sleep(60_000);
    }

    @Test
    void completeChangeSetsSurviveKillDashNine() throws Exception {
        Path folder = dir.resolve("shared");
        Synchronizer.share(folder, "http://127.0.0.1:9", "p", NO_SERVER).close();
        long acknowledged = 0;
        int tornRecoveries = 0;
        for (int round = 0; round < 20; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), JournalCrashTest.class.getName(), folder.toString(),
                    Integer.toString(round), round % 4 == 3 ? "tear" : "").redirectError(ProcessBuilder.Redirect.INHERIT).start();
            boolean tear = round % 4 == 3;
            int target = tear ? 4 : 2 + new Random(round).nextInt(12);
            long lastReported = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (int seen = 0; seen < target; seen++) {
                    String line = lines.readLine();
                    if (tear && "torn".equals(line)) {
                        break;
                    }
                    assertTrue(line != null && line.startsWith("recorded "), "child output: " + line);
                    lastReported = Long.parseLong(line.substring("recorded ".length()));
                }
                Thread.sleep(new Random(round).nextInt(5)); // kill it in the middle of whatever it does next
                Process kill = new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start();
                assertEquals(0, kill.waitFor());
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");

            try (Synchronizer recovered = Synchronizer.open(folder, NO_SERVER)) {
                List<JournalRecord> pending = recovered.pending();
                if (recovered.droppedJournalBytes() > 0) {
                    tornRecoveries++;
                }
                assertTrue(!tear || recovered.droppedJournalBytes() > 0, "round " + round + ": the torn record is dropped");
                assertTrue(pending.size() >= lastReported, "round " + round + ": " + pending.size() + " < " + lastReported);
                for (int i = 0; i < pending.size(); i++) {
                    assertEquals(i + 1, pending.get(i).sequence(), "in order, none missing");
                    assertTrue(!pending.get(i).operations().isEmpty());
                }
                assertTrue(pending.size() >= acknowledged, "nothing recorded earlier was lost");
                acknowledged = pending.size();
            }
        }
        assertTrue(tornRecoveries >= 5, "torn recoveries: " + tornRecoveries);
        System.out.println("journal crash test: 20 kill -9 rounds, " + acknowledged + " change sets kept, " + tornRecoveries
                + " torn last records dropped");
    }
}
