package org.dovetail.benchmarks.diagram;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.layout.DiagramLayout;
import org.dovetail.diagram.layout.PreparedLayout;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.paint.AwtPainter;
import org.dovetail.diagram.render.DiagramRenderer;
import org.dovetail.model.DovetailModel;

/**
 * Cold figures: each run is a fresh JVM (same class path and heap) that opens, lays out and paints the diagram once
 * and prints its phases; the figure reported is the median over the runs. Every phase is measured as wall time and as
 * the CPU time of the thread doing the work: on a shared, loaded machine the wall time also counts waiting for a core,
 * the thread's CPU time does not (on an idle machine with a core to spare for the JIT the two are close).
 */
final class ColdRuns {

    /** Phases in order; "layout + first render" is the sum of the last four. */
    static final List<String> PHASES = List.of("interpretation", "ELK setup + graph", "ELK layout", "apply", "first render");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ColdRuns() {
    }

    /**
     * One open, layout and first render in this JVM; returns wall and CPU ms per phase and, with {@code print}, prints
     * them as "phase=wall/cpu" lines for the parent to read.
     */
    static Map<String, double[]> runOnce(DovetailModel model, DiagramDescription description, boolean print) {
        Stopwatch watch = new Stopwatch(print);
        DiagramSession session = DiagramBenchmark.open(model, description);
        watch.lap("interpretation");
        PreparedLayout layout = DiagramLayout.prepare(session);
        watch.lap("ELK setup + graph");
        layout.compute();
        watch.lap("ELK layout");
        layout.apply();
        watch.lap("apply");
        BufferedImage screen = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = screen.createGraphics();
        try {
            new DiagramRenderer(session).render(new AwtPainter(g), new double[] { 0, 0, 1600, 1000 });
        } finally {
            g.dispose();
        }
        watch.lap("first render");
        session.close();
        return watch.phases;
    }

    /**
     * What the workbench does after its window is up ({@code LayoutWarmUp}): {@link DiagramLayout#warmUp()} on a
     * thread of minimum priority; the user opens the first diagram {@value #USER_PAUSE_MS} ms after it has finished
     * (the job starts 3 s after the window is up, so a user who opens a diagram within the first few seconds gets a
     * figure between cold and this one). Prints the warm-up's own wall and CPU time as the phase "warm-up".
     */
    static void warmUpAsTheWorkbenchDoes() {
        double[] cpu = new double[1];
        long start = System.nanoTime();
        Thread thread = new Thread(() -> {
            DiagramLayout.warmUp();
            cpu[0] = THREADS.getCurrentThreadCpuTime() / 1e6;
        }, "Preparing diagram layout");
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        try {
            thread.join();
            System.out.printf(Locale.ROOT, "phase %s=%.2f/%.2f%n", WARM_UP, (System.nanoTime() - start) / 1e6, cpu[0]);
            Thread.sleep(USER_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final String WARM_UP = "warm-up (background job, once)";
    static final long USER_PAUSE_MS = 1000;

    /** Starts {@code runs} fresh JVMs with {@code childArgs}; the median wall and CPU ms per phase and in total. */
    static Map<String, double[]> measure(int runs, List<String> childArgs) {
        List<Map<String, double[]>> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            results.add(child(childArgs));
        }
        return medians(results);
    }

    /** Median wall and CPU per phase over runs, plus "layout + first render" (every phase but interpretation). */
    static Map<String, double[]> medians(List<Map<String, double[]>> results) {
        int runs = results.size();
        Map<String, double[][]> samples = new LinkedHashMap<>();
        for (String phase : PHASES) {
            samples.put(phase, new double[2][runs]);
        }
        for (int run = 0; run < runs; run++) {
            Map<String, double[]> result = results.get(run);
            for (String phase : PHASES) {
                double[] value = result.get(phase);
                if (value == null) {
                    throw new IllegalStateException("the cold run did not report " + phase + ": " + result);
                }
                samples.get(phase)[0][run] = value[0];
                samples.get(phase)[1][run] = value[1];
            }
        }
        Map<String, double[]> medians = new LinkedHashMap<>();
        double[][] total = new double[2][runs];
        for (String phase : PHASES) {
            double[][] values = samples.get(phase);
            medians.put(phase, new double[] { median(values[0]), median(values[1]) });
            if (!phase.equals("interpretation")) {
                for (int i = 0; i < runs; i++) {
                    total[0][i] += values[0][i];
                    total[1][i] += values[1][i];
                }
            }
        }
        medians.put(TOTAL, new double[] { median(total[0]), median(total[1]) });
        if (results.stream().allMatch(r -> r.containsKey(WARM_UP))) {
            medians.put(WARM_UP, new double[] { median(results.stream().mapToDouble(r -> r.get(WARM_UP)[0]).toArray()),
                    median(results.stream().mapToDouble(r -> r.get(WARM_UP)[1]).toArray()) });
        }
        return medians;
    }

    static final String TOTAL = "layout + first render (target <= 1000)";

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Runs this class's main in a fresh JVM with the same class path, heap and JVM options. */
    private static Map<String, double[]> child(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DiagramBenchmark.class.getName());
        command.addAll(args);
        Map<String, double[]> result = new LinkedHashMap<>();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            StringBuilder output = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    output.append(line).append('\n');
                    int eq = line.indexOf('=');
                    int slash = line.indexOf('/', eq);
                    if (line.startsWith("phase ") && eq > 0 && slash > 0) {
                        result.put(line.substring(6, eq), new double[] { Double.parseDouble(line.substring(eq + 1, slash)),
                                Double.parseDouble(line.substring(slash + 1)) });
                    }
                }
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the cold run failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** Wall and current-thread CPU time between laps. */
    private static final class Stopwatch {
        private final boolean print;
        private final Map<String, double[]> phases = new LinkedHashMap<>();
        private long wall = System.nanoTime();
        private long cpu = THREADS.getCurrentThreadCpuTime();

        Stopwatch(boolean print) {
            this.print = print;
        }

        void lap(String phase) {
            long nowWall = System.nanoTime();
            long nowCpu = THREADS.getCurrentThreadCpuTime();
            phases.put(phase, new double[] { (nowWall - wall) / 1e6, (nowCpu - cpu) / 1e6 });
            if (print) {
                System.out.printf(Locale.ROOT, "phase %s=%.2f/%.2f%n", phase, (nowWall - wall) / 1e6, (nowCpu - cpu) / 1e6);
            }
            wall = nowWall;
            cpu = nowCpu;
        }
    }
}
