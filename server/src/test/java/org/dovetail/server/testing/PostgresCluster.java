package org.dovetail.server.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for tests, started by {@code src/test/postgres/pg-harness.sh} (Debian's package, a cluster in a
 * temporary folder on a free loopback port, run as a non-root user) and stopped when the test run ends. Each test class
 * gets fresh databases from {@link #newDatabase()}. If PostgreSQL cannot be started, {@link #start()} fails with the
 * harness' output: the PostgreSQL leg of the tests fails loudly, it is never skipped.
 */
public final class PostgresCluster implements ExtensionContext.Store.CloseableResource {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path harness;
    private final Path dir;
    private final String adminUrl;

    private PostgresCluster(Path harness, Path dir, String adminUrl) {
        this.harness = harness;
        this.dir = dir;
        this.adminUrl = adminUrl;
    }

    /** Installs (when root and missing) and starts a cluster. */
    public static PostgresCluster start() {
        Path harness = Path.of(System.getProperty("dovetail.pgHarness", "src/test/postgres/pg-harness.sh")).toAbsolutePath();
        try {
            if (!Files.isExecutable(harness)) {
                throw new IllegalStateException("the PostgreSQL test harness is missing: " + harness);
            }
            run(harness, List.of("install"));
            Path dir = Files.createTempDirectory("dovetail-pg-");
            Files.delete(dir); // the harness creates it, owned by the cluster's user
            String url = run(harness, List.of("start", dir.toString())).strip();
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("the PostgreSQL harness did not print a JDBC URL but: " + url);
            }
            return new PostgresCluster(harness, dir, url);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL could not be started for the tests: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL", e);
        }
    }

    /** A new, empty database; its JDBC URL. */
    public String newDatabase() {
        String name = "dovetail_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return adminUrl.replace("/postgres?", "/" + name + "?");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(harness, List.of("stop", dir.toString()));
    }

    private static String run(Path harness, List<String> args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(harness.toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("the PostgreSQL harness did not finish: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("the PostgreSQL harness failed (" + String.join(" ", args) + ", exit " + process.exitValue() + "): "
                    + new String(err, StandardCharsets.UTF_8) + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
