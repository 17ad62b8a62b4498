package org.dovetail.server.benchmark;

import static org.dovetail.server.testing.Ops.id;
import static org.dovetail.server.testing.Ops.ops;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dovetail.server.governance.GateRules;
import org.dovetail.server.model.ProjectModel;
import org.dovetail.server.store.ModelRows;
import org.dovetail.server.testing.Ops;

/**
 * The in-memory part of a commit on its own (a main, not a test): a project of the given size is built in memory with
 * the gate's rule engine attached, then 100-element renames are applied, revalidated incrementally and accepted, as
 * the group leader does for each change set; prints CPU and wall time and the bytes allocated per commit (warm). No
 * database, no HTTP.
 *
 * <pre>java -cp … org.dovetail.server.benchmark.InMemoryCommitBenchmark [size, default 100k] [commits, default 2000]</pre>
 */
public final class InMemoryCommitBenchmark {

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? parse(args[0]) : 100_000;
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        try (GateRules rules = GateRules.load(null)) {
            ProjectModel model = ProjectModel.load(new ModelRows(List.of(), List.of()), 0, rules.newEngine());
            String root = id();
            String domain = id();
            List<String> tasks = new ArrayList<>();
            Ops seed = ops().skeleton(root, domain);
            for (int elements = 2; elements < size; elements += 101) {
                String process = id();
                seed.process(process, domain, "process " + elements);
                for (int t = 0; t < 100; t++) {
                    String task = id();
                    tasks.add(task);
                    seed.task(task, process, "task " + elements + t);
                }
            }
            long t0 = System.nanoTime();
            model.accept(model.apply(seed.list()), 1);
            System.out.printf(Locale.ROOT, "%,d elements built and validated in %.1f s%n", model.size(), (System.nanoTime() - t0) / 1e9);
            seed = null;
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            // What the cached model and its rule state hold per element: the base of the server's heap guidance.
            System.out.printf(Locale.ROOT, "heap in use after a full GC: %,d MB, %,d bytes per element%n", live >> 20, live / model.size());
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long revision = 1;
            for (int round = 0; round < 2; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long allocated = threads.getCurrentThreadAllocatedBytes();
                long wall = System.nanoTime();
                for (int i = 0; i < commits; i++) {
                    int from = (i * 100) % (tasks.size() - 100);
                    Ops rename = ops();
                    for (String task : tasks.subList(from, from + 100)) {
                        rename.set(task, "name", "r" + round + "-" + i + " " + task.substring(0, 8));
                    }
                    model.accept(model.apply(rename.list()), ++revision);
                }
                System.out.printf(Locale.ROOT, "%s: %d commits of 100 renames, %.3f ms CPU, %.3f ms wall and %.0f KB allocated per commit (load %s)%n",
                        round == 0 ? "warm-up" : "measured", commits, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / commits,
                        (System.nanoTime() - wall) / 1e6 / commits, (threads.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / commits,
                        java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
            }
        }
    }

    private static int parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.endsWith("m") ? Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000_000
                : t.endsWith("k") ? Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000 : Integer.parseInt(t);
    }
}
