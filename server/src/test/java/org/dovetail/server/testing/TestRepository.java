package org.dovetail.server.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dovetail.server.ServerConfig;
import org.dovetail.server.db.Database;
import org.dovetail.server.governance.GateRules;
import org.dovetail.server.model.ModelCache;
import org.dovetail.server.ops.ServerMetrics;
import org.dovetail.server.security.AuditLog;
import org.dovetail.server.security.Caller;
import org.dovetail.server.service.CommitService;
import org.dovetail.server.service.FindingsPage;
import org.dovetail.server.service.GovernanceService;
import org.dovetail.server.service.ImportService;
import org.dovetail.server.service.ProjectService;
import org.dovetail.server.service.ReadService;
import org.dovetail.server.store.FindingRow;
import org.dovetail.server.store.RepositoryStore;
import org.dovetail.server.store.jpa.JpaRepositoryStore;

import jakarta.persistence.EntityManager;

/**
 * The repository's services on a real database (H2 file or PostgreSQL), without HTTP and without the security layer:
 * for service-level tests that construct {@link Caller}s directly. Audit entries and metrics are recorded in lists.
 */
public final class TestRepository implements AutoCloseable {

    /** An audit entry as the services wrote it. */
    public record AuditEntry(String user, String project, String action, String target, String outcome) {
    }

    public final Database database;
    public final RepositoryStore store;
    public final ModelCache models;
    public final ProjectService projects;
    public final CommitService commits;
    public final ReadService reads;
    public final GovernanceService governance;
    public final ImportService imports;
    public final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    private final GateRules rules;

    public TestRepository(Path dataDir, String jdbcUrl) {
        this(dataDir, jdbcUrl, JpaRepositoryStore.DEFAULT_ROW_DELTA_CHUNK_CHARS);
    }

    /** {@code rowDeltaChunkChars}: characters per stored chunk of a revision's row delta (small to cross chunk boundaries). */
    public TestRepository(Path dataDir, String jdbcUrl, int rowDeltaChunkChars) {
        ServerConfig config = ServerConfig.builder(dataDir).jdbcUrl(jdbcUrl).build();
        database = Database.open(config);
        store = new JpaRepositoryStore(database, rowDeltaChunkChars);
        rules = GateRules.load(null);
        models = new ModelCache(store, p -> rules.newEngine(), 4);
        projects = new ProjectService(store);
        Recorder recorder = new Recorder();
        Clock clock = Clock.systemUTC();
        commits = new CommitService(store, models, recorder, recorder, clock);
        reads = new ReadService(store, projects);
        governance = new GovernanceService(store, projects, recorder, clock);
        imports = new ImportService(commits);
    }

    /** Every finding that held at {@code revision}, read page by page as a client would. */
    public List<FindingRow> allFindings(String projectId, long revision) {
        List<FindingRow> all = new ArrayList<>();
        FindingRow.Key after = null;
        do {
            FindingsPage page = reads.findings(projectId, revision, null, null, null, after, ReadService.MAX_PAGE);
            all.addAll(page.findings());
            after = page.next();
        } while (after != null);
        return all;
    }

    public static Caller caller(String name) {
        return new Caller(name.hashCode(), name, false);
    }

    @Override
    public void close() throws Exception {
        models.clear();
        rules.close();
        database.close();
    }

    private final class Recorder implements AuditLog, ServerMetrics {
        @Override
        public void record(EntityManager transaction, Caller who, String projectId, String action, String target) {
            audit.add(new AuditEntry(who.name(), projectId, action, target, "ok"));
        }

        @Override
        public void recordOutcome(Caller who, String projectId, String action, String target, String outcome) {
            audit.add(new AuditEntry(who.name(), projectId, action, target, outcome));
        }

        @Override
        public void commitAccepted(boolean rebased, int operations) {
        }

        @Override
        public void commitConflict(int conflicts) {
        }

        @Override
        public void gateRejection(int findings) {
        }
    }
}
