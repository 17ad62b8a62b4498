package org.dovetail.server.benchmark;

import static org.dovetail.server.testing.Ops.id;
import static org.dovetail.server.testing.Ops.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dovetail.model.resource.DovetailResources;
import org.dovetail.server.security.Caller;
import org.dovetail.server.testing.Ops;
import org.dovetail.server.testing.PostgresCluster;
import org.dovetail.server.testing.TestRepository;
import org.dovetail.sync.emf.OperationApplier;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.URIish;

/**
 * The repository benchmark (a main, not a test): for each database and project size, commit latency p50/p99 and
 * commits per second of 100-element changes from 32 concurrent clients, pulling 100 changes, checking out the head,
 * and side by side the git way of sharing a model (JGit: change the model file, commit, push to a bare repository on
 * local disk). Service level, in-process: the repository's own cost, without HTTP.
 *
 * <pre>java -cp … org.dovetail.server.benchmark.RepositoryBenchmark [sizes, e.g. 10k 100k] [--db=h2|postgres|both]
 *      [--clients=32] [--commits=10] [--change=100] [--seed-batch=10k]</pre>
 */
public final class RepositoryBenchmark {

    private static final Caller BENCH = TestRepository.caller("bench");

    record Figures(String db, int size, double p50, double p99, double commitsPerSecond, double pullMs, double checkoutMs, int checkoutOps,
            double gitP50, double gitP99, double seedSeconds, String load) {
    }

    /** Elements per seeding commit (a bulk commit is validated in full, so fewer, larger ones seed big projects faster). */
    private static int seedBatch = 10_000;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        String db = "both";
        int clients = 32;
        int commits = 10;
        int change = 100;
        for (String arg : args) {
            if (arg.startsWith("--db=")) {
                db = arg.substring(5);
            } else if (arg.startsWith("--clients=")) {
                clients = Integer.parseInt(arg.substring(10));
            } else if (arg.startsWith("--commits=")) {
                commits = Integer.parseInt(arg.substring(10));
            } else if (arg.startsWith("--seed-batch=")) {
                seedBatch = size(arg.substring(13));
            } else if (arg.startsWith("--change=")) {
                change = Integer.parseInt(arg.substring(9));
            } else {
                sizes.add(size(arg));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000);
        }
        List<Figures> table = new ArrayList<>();
        PostgresCluster postgres = db.equals("h2") ? null : PostgresCluster.start();
        try {
            for (int size : sizes) {
                if (!db.equals("postgres")) {
                    table.add(run("H2", null, size, clients, commits, change));
                }
                if (postgres != null) {
                    table.add(run("PostgreSQL", durable(postgres.newDatabase()), size, clients, commits, change));
                }
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
        System.out.printf("%n%d clients, %d-element changes, %d commits per client%n", clients, change, commits);
        System.out.println("| database | elements | commit p50 ms | commit p99 ms | commits/s | pull 100 changes ms | checkout ms (ops) | git commit+push p50 ms | git p99 ms | git / server p50 | git p99 / server p99 | seed s | load avg during run |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Figures f : table) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.0f | %.1f | %.0f (%,d) | %.1f | %.1f | %.1f× | %.1f× | %.0f | %s |%n", f.db(), f.size(), f.p50(),
                    f.p99(), f.commitsPerSecond(), f.pullMs(), f.checkoutMs(), f.checkoutOps(), f.gitP50(), f.gitP99(), f.gitP50() / f.p50(),
                    f.gitP99() / f.p99(), f.seedSeconds(), f.load());
        }
    }

    private static Figures run(String db, String url, int size, int clients, int commits, int change) throws Exception {
        Path data = Files.createTempDirectory("dovetail-bench-");
        try (TestRepository repo = new TestRepository(data, url)) {
            repo.projects.create("bench", "Benchmark", "bench");
            long seedStart = System.nanoTime();
            List<String> tasks = seed(repo, size);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf("%s, %,d elements: seeded in %.0f s (load %s)%n", db, size, seedSeconds, load());
            // The versioned rows follow the log in the background: measure commits once they have caught up with the seed.
            long projecting = System.nanoTime();
            repo.reads.findings("bench", repo.projects.require("bench").headRevision());
            System.out.printf("%s, %,d elements: projection caught up %.0f s later%n", db, size, (System.nanoTime() - projecting) / 1e9);
            analyze(repo);
            String loadBefore = load();
            long head = repo.projects.require("bench").headRevision();
            // Warm-up: the cached model is built and the JIT has seen the path.
            for (int i = 0; i < 5; i++) {
                head = repo.commits.commit(BENCH, "bench", rename(tasks.subList(0, change), "warm" + i).on(head)).revision();
            }
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            repo.commits.phases().reset();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> done = new ArrayList<>();
            long base = head;
            for (int c = 0; c < clients; c++) {
                List<String> mine = tasks.subList(c * change, (c + 1) * change);
                int client = c;
                done.add(pool.submit(() -> {
                    long myBase = base;
                    for (int i = 0; i < commits; i++) {
                        long t0 = System.nanoTime();
                        myBase = repo.commits.commit(BENCH, "bench", rename(mine, "c" + client + "-" + i).on(myBase, "bench-" + client, i + 1))
                                .revision();
                        latencies.add((System.nanoTime() - t0) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            String loadAfter = load();
            System.out.printf(Locale.ROOT, "%s, %,d elements: %d commits in %.1f s, p50 %.1f ms, p99 %.1f ms%n", db, size, latencies.size(), seconds,
                    percentile(latencies, 50), percentile(latencies, 99));
            System.out.printf("%s, %,d elements: %s%n", db, size, repo.commits.phases().perCommit());
            head = repo.projects.require("bench").headRevision();
            // Reads below are measured once the projector has caught up with the commits (on 2 cores it competes with them).
            long catchingUp = System.nanoTime();
            repo.reads.findings("bench", head);
            System.out.printf("%s, %,d elements: projection caught up with the commits %.1f s after the last%n", db, size,
                    (System.nanoTime() - catchingUp) / 1e9);
            List<Double> pulls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                repo.reads.changes("bench", Math.max(0, head - 100), 100);
                pulls.add((System.nanoTime() - t0) / 1e6);
            }
            List<Double> checkouts = new ArrayList<>();
            int ops = 0;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                ops = repo.reads.snapshot("bench", null).operations().size();
                checkouts.add((System.nanoTime() - t0) / 1e6);
            }
            List<Double> git = gitWay(repo, data, tasks, change);
            return new Figures(db, size, percentile(latencies, 50), percentile(latencies, 99), latencies.size() / seconds, percentile(pulls, 50),
                    percentile(checkouts, 50), ops, percentile(git, 50), percentile(git, 99), seedSeconds, loadBefore + " → " + loadAfter);
        } finally {
            deleteTree(data);
        }
    }

    /** A project of about {@code size} elements: processes of 100 tasks each, committed 10,000 elements at a time. */
    private static List<String> seed(TestRepository repo, int size) {
        String root = id();
        String domain = id();
        long head = repo.commits.commit(BENCH, "bench", ops().skeleton(root, domain).on(0)).revision();
        List<String> tasks = new ArrayList<>();
        int elements = 2;
        while (elements < size) {
            Ops batch = ops();
            for (int b = 0; b < seedBatch && elements < size; b += 101) {
                String process = id();
                batch.process(process, domain, "process " + elements);
                elements++;
                for (int t = 0; t < 100; t++) {
                    String task = id();
                    tasks.add(task);
                    batch.task(task, process, "task " + elements);
                    elements++;
                }
            }
            head = repo.commits.commit(BENCH, "bench", batch.on(head)).revision();
            if (size >= 500_000) {
                System.out.printf("  seeded %,d elements (load %s)%n", elements, load());
            }
        }
        return tasks;
    }

    private static Ops rename(List<String> tasks, String tag) {
        Ops ops = ops();
        for (String task : tasks) {
            ops.set(task, "name", tag + " " + task.substring(0, 8));
        }
        return ops;
    }

    /** The same change the git way: edit the model file, commit, push to a bare repository; milliseconds per round. */
    private static List<Double> gitWay(TestRepository repo, Path data, List<String> tasks, int change) throws Exception {
        Path work = data.resolve("git-work");
        Path bare = data.resolve("git-bare.git");
        Files.createDirectories(work);
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        ProjectResources model = new ProjectResources(DovetailResources.newResourceSet(), URI.createFileURI(work.toString() + "/"));
        new OperationApplier(model).apply(repo.reads.snapshot("bench", null).operations());
        Resource file = model.resource(Ops.FILE);
        List<Double> rounds = new ArrayList<>();
        try (Git git = Git.init().setDirectory(work.toFile()).call()) {
            git.remoteAdd().setName("origin").setUri(new URIish(bare.toUri().toURL())).call();
            file.save(null);
            git.add().addFilepattern(Ops.FILE).call();
            git.commit().setMessage("initial").setAuthor("bench", "bench@example.org").call();
            git.push().setRemote("origin").add("master").call();
            // Each round writes and packs the whole model file: fewer rounds for big models (the first 3 are warm-up).
            int total = tasks.size() >= 500_000 ? 7 : 15;
            for (int i = 0; i < total; i++) {
                long t0 = System.nanoTime();
                for (String task : tasks.subList(0, change)) {
                    EObject element = file.getEObject(task);
                    element.eSet(element.eClass().getEStructuralFeature("name"), "git" + i + " " + task.substring(0, 8));
                }
                file.save(null);
                git.add().addFilepattern(Ops.FILE).call();
                git.commit().setMessage("change " + i).setAuthor("bench", "bench@example.org").call();
                git.push().setRemote("origin").add("master").call();
                if (i >= 3) {
                    rounds.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        return rounds;
    }

    /**
     * The test harness runs PostgreSQL without fsync (a throw-away cluster); the benchmark measures it as a server
     * would run: fsync, synchronous commit and full page writes on, like H2's WRITE_DELAY=0.
     */
    private static String durable(String url) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET fsync = on");
            s.execute("ALTER SYSTEM SET synchronous_commit = on");
            s.execute("ALTER SYSTEM SET full_page_writes = on");
            s.execute("SELECT pg_reload_conf()");
        }
        return url;
    }

    /** Statistics of the seeded tables, as a database that has run for a while has them (PostgreSQL plans by them). */
    private static void analyze(TestRepository repo) throws java.sql.SQLException {
        try (java.sql.Connection c = repo.database.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("ANALYZE");
            c.commit();
        }
    }

    /** The machine's 1-minute load average (it is shared: figures are only comparable at similar load). */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static int size(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.endsWith("m")) {
            return Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000_000;
        }
        if (t.endsWith("k")) {
            return Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000;
        }
        return Integer.parseInt(t);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
