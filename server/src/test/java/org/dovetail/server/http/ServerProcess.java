package org.dovetail.server.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dovetail.server.testing.ServerFixture;

/**
 * The server in a child JVM ({@code org.dovetail.server.ServerMain} on the test class path), with the fixture's admin,
 * so that it can be killed with SIGKILL mid-commit.
 */
final class ServerProcess {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/api/v1/)");

    private final Process process;
    private final URI api;
    private final List<String> output;

    private ServerProcess(Process process, URI api, List<String> output) {
        this.process = process;
        this.api = api;
        this.output = output;
    }

    static ServerProcess start(Path data, String jdbcUrl) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(),
                "org.dovetail.server.ServerMain", "--port", "0", "--data", data.toString()));
        if (jdbcUrl != null) {
            command.addAll(List.of("--db", jdbcUrl));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOVETAIL_ADMIN_PASSWORD", ServerFixture.PASSWORD);
        Process process = builder.start();
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<URI> api = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        api.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            api.completeExceptionally(new IllegalStateException("the server process ended before listening"));
        }, "server-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(process, api.get(60, TimeUnit.SECONDS), output);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the server process did not start: " + String.join("\n", output), e);
        }
    }

    /** The server's class path: its classes and the run-time class path the build wrote (phase process-classes). */
    private static String classPath() throws IOException {
        Path written = Path.of("target", "runtime-classpath.txt");
        if (!java.nio.file.Files.exists(written)) {
            throw new IllegalStateException(written.toAbsolutePath() + " is missing: build the server module first");
        }
        return Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + java.nio.file.Files.readString(written, StandardCharsets.UTF_8).strip();
    }

    URI api() {
        return api;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String output() {
        return String.join("\n", output);
    }
}
