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

    /** One cold run in this JVM: prints "phase=wall/cpu" lines for the parent to read. */
    static void runOnce(DovetailModel model, DiagramDescription description) {
        Stopwatch watch = new Stopwatch();
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
    }

    /** Starts {@code runs} fresh JVMs with {@code childArgs} and prints the median cold figures. */
    static void measure(int runs, List<String> childArgs) {
        Map<String, double[][]> samples = new LinkedHashMap<>();
        for (String phase : PHASES) {
            samples.put(phase, new double[2][runs]);
        }
        for (int run = 0; run < runs; run++) {
            Map<String, double[]> result = child(childArgs);
            for (String phase : PHASES) {
                double[] value = result.get(phase);
                if (value == null) {
                    throw new IllegalStateException("the cold run did not report " + phase + ": " + result);
                }
                samples.get(phase)[0][run] = value[0];
                samples.get(phase)[1][run] = value[1];
            }
        }
        System.out.printf(Locale.ROOT, "cold: median of %d fresh JVMs (load average at start %.2f)%n", runs, loadAverage());
        System.out.printf(Locale.ROOT, "%-40s %12s %12s %20s%n", "", "wall (ms)", "CPU (ms)", "wall min..max");
        double[][] total = new double[2][runs];
        for (String phase : PHASES) {
            double[][] values = samples.get(phase);
            row(phase, values);
            if (!phase.equals("interpretation")) {
                for (int i = 0; i < runs; i++) {
                    total[0][i] += values[0][i];
                    total[1][i] += values[1][i];
                }
            }
        }
        row("layout + first render (target <= 1000)", total);
    }

    private static void row(String label, double[][] values) {
        double[] wall = values[0].clone();
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "%-40s %12.1f %12.1f %20s%n", label, median(values[0]), median(values[1]),
                String.format(Locale.ROOT, "%.0f..%.0f", wall[0], wall[wall.length - 1]));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double loadAverage() {
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
        private long wall = System.nanoTime();
        private long cpu = THREADS.getCurrentThreadCpuTime();

        void lap(String phase) {
            long nowWall = System.nanoTime();
            long nowCpu = THREADS.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "phase %s=%.2f/%.2f%n", phase, (nowWall - wall) / 1e6, (nowCpu - cpu) / 1e6);
            wall = nowWall;
            cpu = nowCpu;
        }
    }
}
