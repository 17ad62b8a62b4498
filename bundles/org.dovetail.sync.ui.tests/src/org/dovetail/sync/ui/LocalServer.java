package org.dovetail.sync.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Dovetail repository server for the tests, as {@code ./dovetail workbench} runs it: a child JVM at nice 10 on
 * the server module's classes and class path file ({@code -Ddovetail.server.dir}, default {@code ../../server/target}),
 * H2 in a temporary folder, loopback, a port the OS picks, an admin with a generated password.
 */
final class LocalServer implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Dovetail server listening on (http://[^/]+)/");

    final String url;
    final String password;
    private final Process process;

    private LocalServer(String url, String password, Process process) {
        this.url = url;
        this.password = password;
        this.process = process;
    }

    static LocalServer start(Path data, int port) throws IOException, InterruptedException {
        return start(data, port, "384m");
    }

    /** A server with {@code heap} (a 100 K-element model's first commit needs the 768m {@code ./dovetail workbench} gives). */
    static LocalServer start(Path data, int port, String heap) throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("dovetail.server.dir", "../../server/target")).toAbsolutePath().normalize();
        Path classpathFile = target.resolve("runtime-classpath.txt");
        if (!Files.isRegularFile(classpathFile) || !Files.isDirectory(target.resolve("classes"))) {
            throw new IllegalStateException("the server module is not built (" + classpathFile + " missing): ./mvnw package -pl server -am");
        }
        Files.createDirectories(data);
        Path passwordFile = data.resolve("admin-password");
        if (!Files.exists(passwordFile)) {
            Files.writeString(passwordFile, "pw-" + Long.toHexString(System.nanoTime()) + "\n");
        }
        String password = Files.readString(passwordFile).strip();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of("nice", "-n", "10", java, "-Xmx" + heap, "-cp",
                target.resolve("classes") + ":" + Files.readString(classpathFile).strip(), "org.dovetail.server.ServerMain", "--host",
                "127.0.0.1", "--port", Integer.toString(port), "--data", data.resolve("data").toString(), "--admin-password-file",
                passwordFile.toString())).redirectErrorStream(true);
        Process process = builder.start();
        CompletableFuture<String> url = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null;) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        url.complete(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            url.complete(null);
        }, "test-server-output");
        reader.setDaemon(true);
        reader.start();
        String started;
        try {
            started = url.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            started = null;
        }
        if (started == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start:\n" + output);
        }
        return new LocalServer(started, password, process);
    }

    int port() {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
