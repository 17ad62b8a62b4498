package org.dovetail.benchmarks.diagram;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.dovetail.diagram.api.DiagramFiles;
import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.diagram.builtin.BuiltinViewpoint;
import org.dovetail.diagram.layout.DiagramLayout;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.Viewpoint;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.render.DiagramExporter;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The diagram benchmark (not a timed test): a digital-workflow diagram of 1,000 workflow states and 2,500 transitions
 * (ten workflows in one system). Measures interpretation, ELK layout + first render (the canvas viewport) in three
 * situations, one semantic edit → incremental refresh (rename, add, retarget, style), and the heap the open diagram
 * holds:
 * <ul>
 * <li><b>cold</b>: a fresh JVM, nothing warmed (the median of fresh JVMs, {@link ColdRuns});</li>
 * <li><b>after warm-up</b>: a fresh JVM that first does what the workbench does once its window is up
 * ({@code LayoutWarmUp}: {@link DiagramLayout#warmUp()} on a minimum-priority thread) — the first diagram a user opens;</li>
 * <li><b>warm</b>: later diagrams in one JVM (median of runs 2..6).</li>
 * </ul>
 * Every phase as wall and as CPU time of the measuring thread (on a loaded machine wall time includes waiting for a core).
 *
 * <p>Run (prints a table to paste into a note; docs/diagrams.md has it too), from the repository root with a JDK 21+:
 * {@code ./mvnw -B -o -q package -DskipTests -pl releng/org.dovetail.benchmarks -am && java -Xmx1g -cp
 * "releng/org.dovetail.benchmarks/target/classes:$(cat releng/org.dovetail.benchmarks/target/runtime-classpath.txt)"
 * org.dovetail.benchmarks.diagram.DiagramBenchmark [states] [transitions] [--cold-runs=N]}
 */
public final class DiagramBenchmark {

    private static final Viewpoint VIEWPOINT = new BuiltinViewpoint().viewpoint();
    private static final ExpressionRegistry EXPRESSIONS = new ExpressionRegistry();

    static {
        new BuiltinViewpoint().registerExpressions(EXPRESSIONS);
    }

    private DiagramBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        List<String> positional = new ArrayList<>(Arrays.asList(args));
        boolean coldRun = positional.remove("--cold-run");
        boolean afterWarmUp = positional.remove("--after-warmup");
        int coldRuns = 5;
        for (String arg : List.copyOf(positional)) {
            if (arg.startsWith("--cold-runs=")) {
                coldRuns = Integer.parseInt(arg.substring("--cold-runs=".length()));
                positional.remove(arg);
            }
        }
        int states = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 1000;
        int transitions = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 2500;
        DiagramDescription description = VIEWPOINT.getDiagrams().stream().filter(d -> d.getId().equals("digital-workflow")).findFirst().orElseThrow();
        if (coldRun) {
            DovetailModel model = model(states, transitions, 42);
            if (afterWarmUp) {
                ColdRuns.warmUpAsTheWorkbenchDoes();
            }
            ColdRuns.runOnce(model, description, true);
            return;
        }
        double loadBefore = ColdRuns.loadAverage();
        System.out.printf(Locale.ROOT, "Diagram benchmark: digital workflow, %,d states, %,d transitions (Java %s, %d cores)%n%n", states, transitions,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        List<String> childArgs = List.of("--cold-run", Integer.toString(states), Integer.toString(transitions));
        Map<String, double[]> cold = ColdRuns.measure(coldRuns, childArgs);
        List<String> warmedArgs = new ArrayList<>(childArgs);
        warmedArgs.add("--after-warmup");
        Map<String, double[]> warmedUp = ColdRuns.measure(coldRuns, warmedArgs);
        List<Map<String, double[]>> inProcess = new ArrayList<>();
        double[] export = new double[6];
        for (int run = 0; run < 6; run++) {
            DovetailModel model = model(states, transitions, 42);
            inProcess.add(ColdRuns.runOnce(model, description, false));
            // The whole diagram, drawn into an image of at most 4,096 pixels a side (the canvas only paints its viewport).
            DiagramSession session = open(model, description);
            DiagramLayout.layout(session, false);
            long t0 = System.nanoTime();
            DiagramExporter exporter = new DiagramExporter(session, "Benchmark");
            double[] page = exporter.pageSize();
            BufferedImage image = exporter.renderImage(Math.min(1, 4096 / Math.max(page[0], page[1])));
            export[run] = ms(System.nanoTime() - t0);
            if (run == 0) {
                System.out.printf(Locale.ROOT, "diagram: %,d nodes, %,d edges, page %.0f x %.0f, image %d x %d%n%n",
                        countNodes(session.diagram()), session.diagram().getEdges().size(), page[0], page[1], image.getWidth(), image.getHeight());
                if (System.getProperty("benchmark.png") != null) {
                    try {
                        javax.imageio.ImageIO.write(image, "png", new java.io.File(System.getProperty("benchmark.png")));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
            session.close();
        }
        Map<String, double[]> warm = ColdRuns.medians(inProcess.subList(1, inProcess.size()));
        System.out.printf(Locale.ROOT, "layout + first render, ms (median; cold and after warm-up: %d fresh JVMs each; warm: runs 2..6 in one JVM)%n", coldRuns);
        System.out.printf(Locale.ROOT, "| %-38s | %-17s | %-17s | %-17s |%n", "phase", "cold wall / CPU", "after warm-up", "warm");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%n", "-".repeat(40), "-".repeat(19), "-".repeat(19), "-".repeat(19));
        List<String> rows = new ArrayList<>(ColdRuns.PHASES);
        rows.add(ColdRuns.TOTAL);
        for (String phase : rows) {
            System.out.printf(Locale.ROOT, "| %-38s | %17s | %17s | %17s |%n", phase, cell(cold.get(phase)), cell(warmedUp.get(phase)), cell(warm.get(phase)));
        }
        double[] warmUp = warmedUp.get(ColdRuns.WARM_UP);
        System.out.printf(Locale.ROOT, "the warm-up itself (background, minimum priority, before the first open): %.0f ms wall / %.0f ms CPU%n", warmUp[0], warmUp[1]);
        System.out.printf(Locale.ROOT, "whole-diagram PNG image (export), warm: %.1f ms%n", ColdRuns.median(Arrays.copyOfRange(export, 1, export.length)));
        System.out.printf(Locale.ROOT, "load average: %.2f before, %.2f after the layout runs%n", loadBefore, ColdRuns.loadAverage());

        System.gc();
        long baseline = usedHeap();
        DovetailModel model = model(states, transitions, 7);
        DiagramSession session = open(model, description);
        DiagramLayout.layout(session, false);
        System.gc();
        long withDiagram = usedHeap();
        List<WorkflowState> allStates = new ArrayList<>();
        List<Transition> allTransitions = new ArrayList<>();
        for (Workflow workflow : model.getDigitalDomain().getSystems().get(0).getWorkflows()) {
            allStates.addAll(workflow.getStates());
            allTransitions.addAll(workflow.getTransitions());
        }
        Random random = new Random(1);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-38s %10s %10s %10s%n", "one semantic edit -> refresh (ms)", "first", "p50", "p95");
        edits("rename a state (label)", 200, () -> allStates.get(random.nextInt(allStates.size())).setName("state " + random.nextInt()), session);
        edits("retarget a transition (edge)", 200, () -> {
            Transition t = allTransitions.get(random.nextInt(allTransitions.size()));
            Workflow w = (Workflow) t.eContainer();
            t.setTarget(w.getStates().get(random.nextInt(w.getStates().size())));
        }, session);
        edits("add a state (node)", 200, () -> {
            WorkflowState state = DigitalFactory.eINSTANCE.createWorkflowState();
            state.setName("added");
            model.getDigitalDomain().getSystems().get(0).getWorkflows().get(random.nextInt(10)).getStates().add(state);
        }, session);
        edits("toggle approval guard (style)", 200, () -> {
            Transition t = allTransitions.get(random.nextInt(allTransitions.size()));
            t.setApprovalRequired(!t.isApprovalRequired());
        }, session);

        System.out.println();
        System.out.printf(Locale.ROOT, "heap held by the model + open laid-out diagram: %.1f MB (used heap with it open: %.1f MB)%n",
                (withDiagram - baseline) / 1e6, withDiagram / 1e6);
        session.close();
    }

    private static void edits(String what, int count, Runnable edit, DiagramSession session) {
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            edit.run();
            long t0 = System.nanoTime();
            session.refresh();
            times[i] = ms(System.nanoTime() - t0);
        }
        double first = times[0];
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-38s %10.3f %10.3f %10.3f%n", what, first, sorted[count / 2], sorted[(int) Math.ceil(count * 0.95) - 1]);
    }

    private static String cell(double[] wallAndCpu) {
        return String.format(Locale.ROOT, "%.0f / %.0f", wallAndCpu[0], wallAndCpu[1]);
    }

    static DiagramSession open(DovetailModel model, DiagramDescription description) {
        Diagram diagram = DiagramFiles.newDiagram(description, model);
        return DiagramSession.open(diagram, model, description, EXPRESSIONS, null);
    }

    private static int countNodes(Diagram diagram) {
        int[] count = { 0 };
        diagram.eAllContents().forEachRemaining(e -> {
            if (e instanceof org.dovetail.diagram.model.state.AbstractDNode) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** One system with ten workflows; states and transitions spread evenly, transitions mostly forward. */
    static DovetailModel model(int states, int transitions, long seed) {
        Random random = new Random(seed);
        DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
        model.setName("Benchmark");
        Resource resource = DovetailResources.newResourceSet().createResource(URI.createFileURI("/tmp/benchmark.dovetail"));
        resource.getContents().add(model);
        DigitalDomain domain = DigitalFactory.eINSTANCE.createDigitalDomain();
        domain.setName("Systems");
        model.setDigitalDomain(domain);
        InformationSystem system = DigitalFactory.eINSTANCE.createInformationSystem();
        system.setName("ERP");
        domain.getSystems().add(system);
        int workflows = 10;
        for (int w = 0; w < workflows; w++) {
            Workflow workflow = DigitalFactory.eINSTANCE.createWorkflow();
            workflow.setName("Workflow " + w);
            system.getWorkflows().add(workflow);
            int n = states / workflows;
            for (int s = 0; s < n; s++) {
                WorkflowState state = DigitalFactory.eINSTANCE.createWorkflowState();
                state.setName("State " + w + "." + s);
                workflow.getStates().add(state);
            }
            for (int t = 0; t < transitions / workflows; t++) {
                int from = random.nextInt(n - 1);
                int to = Math.min(n - 1, from + 1 + random.nextInt(4));
                if (random.nextInt(8) == 0) {
                    to = random.nextInt(n);
                }
                Transition transition = DigitalFactory.eINSTANCE.createTransition();
                transition.setName("t" + t);
                transition.setSource(workflow.getStates().get(from));
                transition.setTarget(workflow.getStates().get(to));
                transition.setApprovalRequired(random.nextInt(10) == 0);
                workflow.getTransitions().add(transition);
            }
        }
        return model;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
