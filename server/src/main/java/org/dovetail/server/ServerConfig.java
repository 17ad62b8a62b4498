package org.dovetail.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How a {@link DovetailServer} runs: where it listens, where its data lives and which database it uses. Built with
 * {@link #builder()}; unset values take the defaults named on the builder's methods.
 */
public final class ServerConfig {

    /** Bodies above this size are refused with 413 unless configured otherwise: 64 MiB, room for large imports. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64L * 1024 * 1024;

    private final String host;
    private final int port;
    private final Path dataDir;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final Path rulesDir;
    private final long maxBodyBytes;
    private final int maxPoolSize;
    private final int cachedModels;
    private final Clock clock;

    private ServerConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.dataDir = Objects.requireNonNull(b.dataDir, "dataDir").toAbsolutePath().normalize();
        this.jdbcUrl = b.jdbcUrl != null ? b.jdbcUrl : defaultH2Url(this.dataDir);
        this.dbUser = b.dbUser;
        this.dbPassword = b.dbPassword;
        this.rulesDir = b.rulesDir;
        this.maxBodyBytes = b.maxBodyBytes;
        this.maxPoolSize = b.maxPoolSize;
        this.cachedModels = b.cachedModels;
        this.clock = b.clock;
    }

    public static Builder builder(Path dataDir) {
        return new Builder().dataDir(dataDir);
    }

    /**
     * The embedded H2 database file in the data folder. {@code WRITE_DELAY=0} stores every commit before it is
     * acknowledged, so a killed server loses no acknowledged commit; the lock timeout covers waits for the project
     * row lock that serialises commits.
     */
    static String defaultH2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("dovetail").toString().replace('\\', '/')
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=60000;DB_CLOSE_ON_EXIT=FALSE";
    }

    public String host() {
        return host;
    }

    /** The port; 0 picks a free one (see {@link DovetailServer#port()}). */
    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    /** A folder of vendor rule-pack jars for the governance gate, or {@code null} for the built-in rules only. */
    public Path rulesDir() {
        return rulesDir;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public int maxPoolSize() {
        return maxPoolSize;
    }

    /** How many projects' head models are kept in memory. */
    public int cachedModels() {
        return cachedModels;
    }

    /** The time of commits, audit entries, sessions and login blocks. */
    public Clock clock() {
        return clock;
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Path dataDir;
        private String jdbcUrl;
        private String dbUser;
        private String dbPassword;
        private Path rulesDir;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxPoolSize = 16;
        private int cachedModels = 16;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The interface to listen on; default 127.0.0.1 ({@code 0.0.0.0} for all). */
        public Builder host(String newHost) {
            this.host = Objects.requireNonNull(newHost);
            return this;
        }

        /** Default 8080; 0 for a free port. */
        public Builder port(int newPort) {
            if (newPort < 0 || newPort > 65535) {
                throw new IllegalArgumentException("port out of range: " + newPort);
            }
            this.port = newPort;
            return this;
        }

        /** The data folder; holds the H2 database unless {@link #jdbcUrl} names another database. */
        public Builder dataDir(Path newDataDir) {
            this.dataDir = newDataDir;
            return this;
        }

        /** A JDBC URL ({@code jdbc:postgresql://…} or {@code jdbc:h2:…}); default an H2 file in the data folder. */
        public Builder jdbcUrl(String newJdbcUrl) {
            this.jdbcUrl = newJdbcUrl;
            return this;
        }

        public Builder dbUser(String newDbUser) {
            this.dbUser = newDbUser;
            return this;
        }

        public Builder dbPassword(String newDbPassword) {
            this.dbPassword = newDbPassword;
            return this;
        }

        public Builder rulesDir(Path newRulesDir) {
            this.rulesDir = newRulesDir;
            return this;
        }

        /** Default {@link ServerConfig#DEFAULT_MAX_BODY_BYTES}. */
        public Builder maxBodyBytes(long newMaxBodyBytes) {
            this.maxBodyBytes = newMaxBodyBytes;
            return this;
        }

        /** Database connections; default 16. */
        public Builder maxPoolSize(int newMaxPoolSize) {
            this.maxPoolSize = newMaxPoolSize;
            return this;
        }

        /** Projects whose head model stays in memory between commits; default 16. */
        public Builder cachedModels(int newCachedModels) {
            this.cachedModels = Math.max(1, newCachedModels);
            return this;
        }

        /** Default the system clock in UTC; tests that are about time (login blocks, say) give one they move. */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock);
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(this);
        }
    }
}
