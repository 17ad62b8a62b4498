package org.dovetail.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.PolicyControlMapping;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.IncrementalValidator;
import org.dovetail.rules.engine.RuleEngine;
import org.eclipse.emf.ecore.EObject;

/**
 * The rule-engine benchmark (not a timed test): for each size, generates a model, then measures with the same five
 * rules (a) Dovetail's full validation, (b) the rules as an EValidator under the Diagnostician, (c) the rules as
 * Epsilon EVL constraints — warm-up runs, then repeated runs, median and minimum, memory allocated per run and
 * retained after it — and Dovetail's incremental revalidation after 10-element changes (p50, p95, max). All three
 * must report the same number of findings, and the incremental result must equal a fresh full run at the end.
 *
 * <pre>
 * BenchmarkMain [sizes…] [--warmup=N] [--runs=N] [--changes=N]     sizes like 10k 100k 1m (default 10k 100k)
 * </pre>
 */
public final class BenchmarkMain {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final int CHANGE_SIZE = 10;

    /** How much to measure. */
    record Options(int warmup, int runs, int changes) {
        static Options defaults() {
            return new Options(3, 5, 300);
        }
    }

    /**
     * One implementation at one size. {@code cpuMedianMs} is the CPU time of the measuring thread, which all three
     * implementations run on (the built-in rules run on the calling thread): unlike wall time it hardly grows when
     * other processes compete for the cores.
     */
    record Measure(String name, int findings, double medianMs, double minMs, double cpuMedianMs, double allocatedMb, double retainedMb) {
    }

    /** Everything measured at one size. */
    record Row(int elements, double modelMb, List<Measure> full, double p50Ms, double p95Ms, double maxMs, double validatorMb,
            int changes, boolean incrementalEqualsFull) {

        Measure get(String name) {
            return full.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Options defaults = Options.defaults();
        int warmup = defaults.warmup(), runs = defaults.runs(), changes = defaults.changes();
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            for (String arg : a.trim().split("[\\s,]+")) {
                if (arg.isEmpty()) {
                    continue;
                } else if (arg.startsWith("--warmup=")) {
                    warmup = Integer.parseInt(arg.substring(9));
                } else if (arg.startsWith("--runs=")) {
                    runs = Integer.parseInt(arg.substring(7));
                } else if (arg.startsWith("--changes=")) {
                    changes = Integer.parseInt(arg.substring(10));
                } else {
                    sizes.add(size(arg));
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000);
        }
        Options options = new Options(warmup, runs, changes);
        System.out.println(conditions(options));
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Row row = run(size, options);
            rows.add(row);
            System.out.println(table(List.of(row)));
        }
        System.out.println("Summary\n" + table(rows));
        boolean ok = rows.stream().allMatch(r -> sameFindings(r) && r.incrementalEqualsFull());
        if (!ok) {
            System.err.println("The implementations disagree; see the findings column.");
            System.exit(1);
        }
    }

    static int size(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("_", "");
        if (t.endsWith("k")) {
            return Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000;
        }
        if (t.endsWith("m")) {
            return Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000_000;
        }
        return Integer.parseInt(t);
    }

    static boolean sameFindings(Row row) {
        return row.full().stream().mapToInt(Measure::findings).distinct().count() == 1;
    }

    /** Generates a model of {@code size} elements and measures everything on it. */
    static Row run(int size, Options options) {
        DovetailModel model = ModelGenerator.generate(size, 42);
        EvlRules.resourceFor(model);
        int elements = 1;
        for (var it = model.eAllContents(); it.hasNext(); it.next()) {
            elements++;
        }
        double modelMb = usedAfterGc() / 1e6;

        RuleEngine engine = RuleEngine.builder().checks(FiveRules.checks()).today(TODAY).timeLimit(Duration.ofMinutes(10)).build();
        List<Measure> full = new ArrayList<>();
        full.add(measure("Dovetail RuleEngine", options, () -> engine.validate(model).findings().size()));
        full.add(measure("EMF Diagnostician", options, () -> FiveRulesValidator.countFindings(model)));
        full.add(measure("Epsilon EVL", options, () -> EvlRules.countFindings(model)));

        // Incremental: attach, then change 10 elements at a time and revalidate.
        double before = usedAfterGc();
        IncrementalValidator validator = engine.incremental();
        validator.attach(model);
        double validatorMb = (usedAfterGc() - before) / 1e6;
        Changes edits = new Changes(model, new Random(7));
        int warm = Math.min(50, Math.max(1, options.changes() / 5));
        double[] times = new double[options.changes()];
        for (int i = -warm; i < options.changes(); i++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < CHANGE_SIZE; k++) {
                edits.next();
            }
            validator.revalidate();
            long t1 = System.nanoTime();
            if (i >= 0) {
                times[i] = (t1 - t0) / 1e6;
            }
        }
        List<String> incremental = describe(validator.result().findings());
        List<String> fresh = describe(engine.validate(model).findings());
        validator.detach();
        Arrays.sort(times);
        return new Row(elements, modelMb, full, percentile(times, 50), percentile(times, 95), times.length == 0 ? 0 : times[times.length - 1],
                validatorMb, options.changes(), incremental.equals(fresh));
    }

    private static List<String> describe(List<RuleFinding> findings) {
        return findings.stream().map(f -> f.ruleId() + '|' + System.identityHashCode(f.element()) + '|' + f.severity() + '|' + f.status() + '|'
                + f.message()).toList();
    }

    private static Measure measure(String name, Options options, IntSupplier run) {
        int findings = 0;
        // Warm-up: the runs asked for, and at least two seconds (up to 50 runs) so that the JIT has settled.
        long warmUntil = System.nanoTime() + (options.warmup() > 0 ? 2_000_000_000L : 0);
        for (int i = 0; i < 50 && (i < options.warmup() || System.nanoTime() < warmUntil); i++) {
            findings = run.getAsInt();
        }
        double[] times = new double[options.runs()];
        double[] cpu = new double[options.runs()];
        double allocated = 0;
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < options.runs(); i++) {
            usedAfterGc();
            long a0 = allocatedBytes();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            findings = run.getAsInt();
            times[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            allocated += allocatedBytes() - a0;
        }
        // Retained: what one run's result (and anything it keeps) holds on to after a collection.
        double base = usedAfterGc();
        Object[] keep = {run.getAsInt()};
        double retained = Math.max(0, usedAfterGc() - base);
        Arrays.sort(times);
        Arrays.sort(cpu);
        return new Measure(name, (int) keep[0] == findings ? findings : -1, percentile(times, 50), times[0], percentile(cpu, 50),
                allocated / options.runs() / 1e6, retained / 1e6);
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    private static double usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static String conditions(Options options) {
        Runtime rt = Runtime.getRuntime();
        String load = "";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            load = "unknown";
        }
        return String.format(Locale.ROOT,
                "Dovetail rule benchmark: five rules %s%n"
                        + "Java %s (%s), %d CPUs available, max heap %d MB, GC %s, load average %s%n"
                        + "full validation: at least %d warm-up runs and 2 s, then %d measured runs (median, min); incremental: %d changes of %d elements (after warm-up)%n",
                FiveRules.checks().stream().map(c -> c.id()).toList(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                rt.availableProcessors(), rt.maxMemory() / 1_000_000,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList(), load, options.warmup(), options.runs(),
                options.changes(), CHANGE_SIZE);
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| elements | implementation | findings | full: median ms | min ms | CPU median ms | allocated MB/run | retained MB |\n");
        b.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            for (Measure m : r.full()) {
                b.append(String.format(Locale.ROOT, "| %,d | %s | %,d | %.1f | %.1f | %.1f | %.0f | %.1f |%n", r.elements(), m.name(), m.findings(),
                        m.medianMs(), m.minMs(), m.cpuMedianMs(), m.allocatedMb(), m.retainedMb()));
            }
        }
        b.append("\n| elements | model heap MB | EVL / Dovetail | Dovetail / Diagnostician | same by CPU time | incremental (10 elements) p50 ms | p95 ms | max ms | validator state MB | incremental = full |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            Measure dovetail = r.get("Dovetail RuleEngine");
            Measure diagnostician = r.get("EMF Diagnostician");
            b.append(String.format(Locale.ROOT, "| %,d | %.0f | %.1f× | %.2f× | %.2f× | %.3f | %.3f | %.3f | %.0f | %s |%n", r.elements(), r.modelMb(),
                    r.get("Epsilon EVL").medianMs() / dovetail.medianMs(), dovetail.medianMs() / diagnostician.medianMs(),
                    dovetail.cpuMedianMs() / diagnostician.cpuMedianMs(), r.p50Ms(), r.p95Ms(), r.maxMs(), r.validatorMb(),
                    r.incrementalEqualsFull() ? "yes" : "NO"));
        }
        return b.toString();
    }

    /** Reversible edits of the kinds the five rules read: owners, manual flags, mappings, review points, names. */
    static final class Changes {
        private final Random random;
        private final List<Step> steps = new ArrayList<>();
        private final List<EvidenceRequirement> evidence = new ArrayList<>();
        private final List<StepStateMapping> stateMappings = new ArrayList<>();
        private final List<PolicyControlMapping> controlMappings = new ArrayList<>();
        private final List<Automation> automations = new ArrayList<>();
        private final Map<EObject, EObject> original = new HashMap<>();
        private final Role someRole;
        private final WorkflowState someState;
        private final Control someControl;

        Changes(DovetailModel model, Random random) {
            this.random = random;
            model.eAllContents().forEachRemaining(o -> {
                if (o instanceof Step s) {
                    steps.add(s);
                } else if (o instanceof EvidenceRequirement e) {
                    evidence.add(e);
                } else if (o instanceof StepStateMapping m) {
                    stateMappings.add(m);
                } else if (o instanceof PolicyControlMapping m) {
                    controlMappings.add(m);
                } else if (o instanceof Automation a) {
                    automations.add(a);
                }
            });
            someRole = model.getProcessDomain().getRoles().get(0);
            someState = model.getDigitalDomain().getSystems().get(0).getWorkflows().get(0).getStates().get(0);
            someControl = model.getProcessDomain().getControls().get(0);
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        void next() {
            switch (random.nextInt(7)) {
                case 0 -> {
                    Step s = pick(steps);
                    s.setOwner(s.getOwner() == null ? someRole : null);
                }
                case 1 -> {
                    Step s = pick(steps);
                    s.setManual(!s.isManual());
                }
                case 2 -> {
                    EvidenceRequirement e = pick(evidence);
                    e.setMandatory(!e.isMandatory());
                }
                case 3 -> {
                    StepStateMapping m = pick(stateMappings);
                    if (m.getStates().isEmpty()) {
                        m.getStates().add(original.containsKey(m) ? (WorkflowState) original.get(m) : someState);
                    } else {
                        original.put(m, m.getStates().remove(0));
                    }
                }
                case 4 -> {
                    PolicyControlMapping m = pick(controlMappings);
                    if (m.getControls().isEmpty()) {
                        m.getControls().add(original.containsKey(m) ? (Control) original.get(m) : someControl);
                    } else {
                        original.put(m, m.getControls().remove(0));
                    }
                }
                case 5 -> {
                    Automation a = pick(automations);
                    if (a.getReviewPoint() == null) {
                        a.setReviewPoint(original.containsKey(a) ? (WorkflowState) original.get(a) : someState);
                    } else {
                        original.put(a, a.getReviewPoint());
                        a.setReviewPoint(null);
                    }
                }
                default -> {
                    Step s = pick(steps);
                    s.setName(s.getName().endsWith("'") ? s.getName().substring(0, s.getName().length() - 1) : s.getName() + "'");
                }
            }
        }
    }
}
