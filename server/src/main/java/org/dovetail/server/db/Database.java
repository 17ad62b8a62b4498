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
 */
public final class Database implements AutoCloseable {

    /** The JPA persistence unit in {@code META-INF/persistence.xml}. */
    public static final String PERSISTENCE_UNIT = "dovetail";

    private final HikariDataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private final boolean postgres;
    private final java.util.List<Runnable> beforeClose = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Database(HikariDataSource dataSource, EntityManagerFactory entityManagerFactory, boolean postgres) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
        this.postgres = postgres;
    }

    /** Connects, migrates the schema and opens the persistence unit. */
    public static Database open(ServerConfig config) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(config.jdbcUrl());
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
        pool.setPoolName("dovetail");
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            boolean postgres = config.isPostgres();
            migrate(dataSource, postgres);
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
            EntityManagerFactory emf = Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, properties);
            return new Database(dataSource, emf, postgres);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static void migrate(DataSource dataSource, boolean postgres) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
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

    /** Whether the database answers. */
    public boolean isUp() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs {@code task} when the database closes, before its connections go (background work on it stops). */
    public void beforeClose(Runnable task) {
        beforeClose.add(task);
    }

    @Override
    public void close() {
        try {
            beforeClose.forEach(Runnable::run);
        } finally {
            closeConnections();
        }
    }

    private void closeConnections() {
        try {
            entityManagerFactory.close();
        } finally {
            dataSource.close();
        }
    }
}
