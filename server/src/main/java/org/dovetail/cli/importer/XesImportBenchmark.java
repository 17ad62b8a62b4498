package org.dovetail.cli.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.ModelImporter;
import org.dovetail.importer.api.ProcessGraph;
import org.dovetail.importer.csv.CsvImporter;
import org.dovetail.importer.xes.XesImporter;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Step;

/**
 * How fast an event log imports: generates a log of N events (default 100 000) over a 20-step process with a rework
 * loop, deviations mixed in (skips, swaps, an unmodelled phone call), as XES and as CSV (the same events), then reads,
 * checks and applies each, three times after one warm-up. Prints a table per format: events/s (wall and CPU) and the
 * peak heap. Arguments: events, runs, and {@code xes}, {@code csv} or {@code both} (the default). Run from the
 * repository root after {@code ./mvnw -q package -DskipTests -pl server -am}:
 *
 * <pre>
 * java -Xmx1g -cp "server/target/classes:$(cat server/target/runtime-classpath.txt)" org.dovetail.cli.importer.XesImportBenchmark 100000
 * </pre>
 */
public final class XesImportBenchmark {

    private static final int STEPS = 20;

    private XesImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String formats = args.length > 2 ? args[2] : "both";
        Path dir = Files.createTempDirectory("dovetail-xes-bench");
        Path xes = dir.resolve("generated.xes");
        Path csv = dir.resolve("generated.csv");
        DovetailModel model = model();
        int cases = write(xes, csv, events);
        if (!formats.equals("csv")) {
            measure(new XesImporter(), xes, model, events, cases, runs);
        }
        if (!formats.equals("xes")) {
            measure(new CsvImporter(), csv, model, events, cases, runs);
        }
        Files.delete(xes);
        Files.delete(csv);
        Files.delete(dir);
    }

    private static void measure(ModelImporter importer, Path log, DovetailModel model, int events, int cases, int runs) throws Exception {
        Process process = model.getProcessDomain().getProcesses().get(0);
        long bytes = Files.size(log);
        System.out.printf(Locale.ROOT, "%n%s import benchmark: %,d events in %,d cases, %,.1f MB, %d-step process; JVM %s, %d cores, max heap %d MB%n",
                importer.id().toUpperCase(Locale.ROOT), events, cases, bytes / 1048576.0, STEPS, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println();
        System.out.println("| run | wall ms | CPU ms | events/s (wall) | events/s (CPU) | MB/s | peak heap MB | deviations |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run <= runs; run++) {
            System.gc();
            resetPeaks();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportPlan plan = importer.plan(new ImportRequest(log, process.getId(), ProcessGraph.of(process), ImportRequest.DEFAULT_XES_LIMIT),
                    ImportMonitor.NONE);
            DovetailModel target = org.eclipse.emf.ecore.util.EcoreUtil.copy(model);
            plan.apply(target);
            long wall = System.nanoTime() - t0;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            int deviations = target.getWorkAsDone().getEventLogs().get(0).getDeviations().size();
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,.0f | %,.0f | %,.1f | %,d | %d |%n", run == 0 ? "warm-up" : String.valueOf(run),
                    wall / 1_000_000, cpu / 1_000_000, events / (wall / 1e9), events / (cpu / 1e9), bytes / 1048576.0 / (wall / 1e9), peakHeap() >> 20,
                    deviations);
        }
    }

    private static DovetailModel model() {
        ProcessFactory f = ProcessFactory.eINSTANCE;
        DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
        model.setId("bench");
        model.setProcessDomain(f.createProcessDomain());
        Process process = f.createProcess();
        process.setId("p-bench");
        process.setName("Benchmark process");
        model.getProcessDomain().getProcesses().add(process);
        Step previous = null;
        for (int i = 0; i < STEPS; i++) {
            Step step = i == 5 ? f.createApproval() : f.createTask();
            step.setId("s" + i);
            step.setName("Step " + i);
            process.getSteps().add(step);
            if (previous != null) {
                flow(process, previous, step);
            }
            previous = step;
        }
        flow(process, process.getSteps().get(8), process.getSteps().get(3)); // rework
        return model;
    }

    private static void flow(Process process, Step source, Step target) {
        Flow flow = ProcessFactory.eINSTANCE.createFlow();
        flow.setId(source.getId() + "-" + target.getId());
        flow.setSource(source);
        flow.setTarget(target);
        process.getFlows().add(flow);
    }

    /** Writes cases of about STEPS events until {@code events} are written, as XES and as CSV; returns the number of cases. */
    private static int write(Path file, Path csvFile, int events) throws IOException {
        Random random = new Random(42);
        int written = 0;
        int cases = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                BufferedWriter csv = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849.2016\">\n");
            out.write("  <extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n");
            out.write("  <extension name=\"Organizational\" prefix=\"org\" uri=\"http://www.xes-standard.org/org.xesext\"/>\n");
            out.write("  <extension name=\"Time\" prefix=\"time\" uri=\"http://www.xes-standard.org/time.xesext\"/>\n");
            csv.write("case:concept:name,concept:name,org:resource,time:timestamp\n");
            while (written < events) {
                String caseName = "case-" + cases++;
                out.write("  <trace>\n    <string key=\"concept:name\" value=\"" + caseName + "\"/>\n");
                for (int i = 0; i < STEPS && written < events; i++) {
                    int roll = random.nextInt(100);
                    if (roll < 3) {
                        continue; // skipped
                    }
                    String name = roll < 5 ? "Phone call" : "Step " + (roll < 7 && i + 1 < STEPS ? i + 1 : i);
                    String clerk = "clerk-" + random.nextInt(50);
                    String time = "2026-11-23T10:" + String.format(Locale.ROOT, "%02d", i) + ":00+01:00";
                    out.write("    <event><string key=\"concept:name\" value=\"" + name + "\"/><string key=\"org:resource\" value=\"" + clerk
                            + "\"/><date key=\"time:timestamp\" value=\"" + time + "\"/></event>\n");
                    csv.write(caseName + "," + name + "," + clerk + "," + time + "\n");
                    written++;
                }
                out.write("  </trace>\n");
            }
            out.write("</log>\n");
        }
        return cases;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
