package org.dovetail.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.dovetail.server.ServerConfig;
import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

/**
 * The server's database: a connection pool, the schema brought up to date by Flyway migrations
 * ({@code db/migration}; {@code V1}–{@code V49} the repository's, {@code V50}–{@code V99} security's) and the JPA
 * persistence unit {@code dovetail} (EclipseLink) over it.
 * <p>
 * On H2 the projection (the versioned rows derived from the revision log: {@code dt_element}, {@code dt_value},
 * {@code dt_finding}, {@code dt_touch}, {@code dt_projection}) lives in a second H2 file beside the first
 * ({@code <name>-projection}, migrations in {@code db/projection}), with its own pool and persistence unit
 * {@code dovetail-projection}: H2 keeps all tables of a file in one store and writes every changed page at each commit,
 * so a commit in the shared file also wrote the pages of an open projection transaction. On PostgreSQL both are the
 * one database: {@link #projectionDataSource()} is {@link #dataSource()}.
 */
public final class Database implements AutoCloseable {

    /** The JPA persistence unit in {@code META-INF/persistence.xml}. */
    public static final String PERSISTENCE_UNIT = "dovetail";
    /** The persistence unit of the projection's row entities, on H2's projection file. */
    public static final String PROJECTION_PERSISTENCE_UNIT = "dovetail-projection";
    /** What an H2 database's name gets to name its projection file. */
    public static final String PROJECTION_SUFFIX = "-projection";

    private final HikariDataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private final boolean postgres;
    /** H2's projection file, or {@code null} on PostgreSQL (the projection is in the one database). */
    private final HikariDataSource projectionDataSource;
    private final EntityManagerFactory projectionEntityManagerFactory;
    private final java.util.List<Runnable> beforeClose = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** H2 only: rewrites sparse chunks of both files, which H2 does not do itself with {@code WRITE_DELAY=0}. */
    private final H2Compaction compaction;

    private Database(HikariDataSource dataSource, EntityManagerFactory entityManagerFactory, boolean postgres,
            HikariDataSource projectionDataSource, EntityManagerFactory projectionEntityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
        this.postgres = postgres;
        this.projectionDataSource = projectionDataSource;
        this.projectionEntityManagerFactory = projectionEntityManagerFactory;
        this.compaction = postgres ? null : new H2Compaction(dataSource, projectionDataSource);
    }

    /** Connects, migrates the schema and opens the persistence unit (on H2 also the projection file's). */
    public static Database open(ServerConfig config) {
        boolean postgres = config.isPostgres();
        HikariDataSource dataSource = pool(config, config.jdbcUrl(), "dovetail");
        HikariDataSource projection = null;
        EntityManagerFactory emf = null;
        try {
            migrate(dataSource, postgres, "db/migration");
            emf = Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, properties(dataSource, postgres));
            if (postgres) {
                return new Database(dataSource, emf, true, null, null);
            }
            projection = pool(config, projectionUrl(config.jdbcUrl()), "dovetail-projection");
            migrate(projection, false, "db/projection");
            EntityManagerFactory projectionEmf = Persistence.createEntityManagerFactory(PROJECTION_PERSISTENCE_UNIT,
                    properties(projection, false));
            return new Database(dataSource, emf, false, projection, projectionEmf);
        } catch (RuntimeException e) {
            if (emf != null) {
                emf.close();
            }
            if (projection != null) {
                projection.close();
            }
            dataSource.close();
            throw e;
        }
    }

    /**
     * The JDBC URL of an H2 database's projection file: its name with {@link #PROJECTION_SUFFIX}, in the same folder and
     * with the same settings. {@code WRITE_DELAY=0} stays: with H2's default delay (a background thread storing pages
     * while the projector's large transactions write) the benchmark's catch-up failed once with H2 2.3.232's
     * "MVStoreException: Position 0", the error session 7 met with concurrent transactions in one store.
     */
    public static String projectionUrl(String h2Url) {
        int settings = h2Url.indexOf(';');
        String name = settings < 0 ? h2Url : h2Url.substring(0, settings);
        if (name.endsWith(":")) {
            throw new IllegalArgumentException("an H2 database without a name has no projection file beside it: " + h2Url);
        }
        return name + PROJECTION_SUFFIX + (settings < 0 ? "" : h2Url.substring(settings));
    }

    private static HikariDataSource pool(ServerConfig config, String url, String name) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        if (config.dbUser() != null) {
            pool.setUsername(config.dbUser());
        }
        if (config.dbPassword() != null) {
            pool.setPassword(config.dbPassword());
        }
        pool.setMaximumPoolSize(config.maxPoolSize());
        pool.setAutoCommit(false);
        if (config.isPostgres()) {
            // A commit's rows go out as JDBC batches: let the driver send a batch of inserts as multi-row statements.
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        pool.setPoolName(name);
        return new HikariDataSource(pool);
    }

    private static Map<String, Object> properties(DataSource dataSource, boolean postgres) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.target-database", postgres ? "org.eclipse.persistence.platform.database.PostgreSQLPlatform"
                : "org.eclipse.persistence.platform.database.H2Platform");
        // Stateless server: several instances may share one database, so no shared object cache.
        properties.put("eclipselink.cache.shared.default", "false");
        properties.put("eclipselink.jdbc.batch-writing", "JDBC");
        properties.put("eclipselink.jdbc.batch-writing.size", "500");
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.logging.logger", "JavaLogger");
        return properties;
    }

    private static void migrate(DataSource dataSource, boolean postgres, String location) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + location)
                // Types that differ between the two databases the server supports.
                .placeholders(Map.of("clob", postgres ? "TEXT" : "CLOB"))
                // The repository's (V1–V49) and security's (V50–V99) migrations are numbered apart: a database that
                // already has V50 still takes a later repository migration.
                .outOfOrder(true)
                .load()
                .migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Where the projection's rows are: H2's projection file, or on PostgreSQL the one database ({@link #dataSource()}). */
    public DataSource projectionDataSource() {
        return projectionDataSource != null ? projectionDataSource : dataSource;
    }

    /** Whether the projection is in a database of its own (H2), so it is never in a log transaction. */
    public boolean hasSeparateProjection() {
        return projectionDataSource != null;
    }

    /** Runs read-only {@code work} on the projection's rows (no transaction is committed). */
    public <T> T readProjection(Function<EntityManager, T> work) {
        EntityManager em = (projectionEntityManagerFactory != null ? projectionEntityManagerFactory : entityManagerFactory)
                .createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Runs {@code work} in one transaction; rolls back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs read-only {@code work} (no transaction is committed). */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Whether the database answers (on H2 both files). */
    public boolean isUp() {
        return answers(dataSource) && (projectionDataSource == null || answers(projectionDataSource));
    }

    private static boolean answers(DataSource source) {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** H2's files (the log's, the projection's) as they are now; none on PostgreSQL. */
    public java.util.List<H2File> h2Files() {
        return compaction == null ? java.util.List.of() : compaction.files();
    }

    /** Runs {@code task} when the database closes, before its connections go (background work on it stops). */
    public void beforeClose(Runnable task) {
        beforeClose.add(task);
    }

    @Override
    public void close() {
        try {
            beforeClose.forEach(Runnable::run);
            if (compaction != null) {
                compaction.close();
            }
        } finally {
            closeConnections();
        }
    }

    private void closeConnections() {
        try {
            entityManagerFactory.close();
        } finally {
            try {
                dataSource.close();
            } finally {
                if (projectionDataSource != null) {
                    try {
                        projectionEntityManagerFactory.close();
                    } finally {
                        projectionDataSource.close();
                    }
                }
            }
        }
    }
}
