package org.dovetail.benchmarks.diagram;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.dovetail.diagram.api.DiagramFiles;
import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.diagram.builtin.BuiltinViewpoint;
import org.dovetail.diagram.layout.DiagramLayout;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.Viewpoint;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.paint.AwtPainter;
import org.dovetail.diagram.render.DiagramExporter;
import org.dovetail.diagram.render.DiagramRenderer;
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
 * (ten workflows in one system). Measures interpretation, ELK layout + first render (the canvas viewport), one semantic
 * edit → incremental refresh (rename, add, retarget, style), and the heap the open diagram holds. Cold figures are the
 * median of fresh JVMs ({@link ColdRuns}, wall and CPU time per phase); warm figures the median of later runs in one JVM.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> org.dovetail.benchmarks.diagram.DiagramBenchmark [states] [transitions]
 * [--cold-runs=N] [--prewarm]}
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
        // --prewarm: what the editor does when a diagram opens (ELK warms up on a daemon thread during interpretation).
        boolean prewarm = positional.remove("--prewarm");
        boolean coldRun = positional.remove("--cold-run");
        int coldRuns = 5;
        for (String arg : List.copyOf(positional)) {
            if (arg.startsWith("--cold-runs=")) {
                coldRuns = Integer.parseInt(arg.substring("--cold-runs=".length()));
                positional.remove(arg);
            }
        }
        if (prewarm) {
            DiagramLayout.prewarm();
        }
        int states = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 1000;
        int transitions = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 2500;
        DiagramDescription description = VIEWPOINT.getDiagrams().stream().filter(d -> d.getId().equals("digital-workflow")).findFirst().orElseThrow();
        if (coldRun) {
            ColdRuns.runOnce(model(states, transitions, 42), description);
            return;
        }
        System.out.printf(Locale.ROOT, "Diagram benchmark: digital workflow, %,d states, %,d transitions (Java %s, %d cores)%s%n%n", states, transitions,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), prewarm ? ", ELK prewarmed" : "");
        if (coldRuns > 0) {
            List<String> childArgs = new ArrayList<>(List.of("--cold-run", Integer.toString(states), Integer.toString(transitions)));
            if (prewarm) {
                childArgs.add("--prewarm");
            }
            ColdRuns.measure(coldRuns, childArgs);
            System.out.println();
        }
        int runs = 6;
        double[] open = new double[runs];
        double[] layout = new double[runs];
        double[] render = new double[runs];
        double[] viewport = new double[runs];
        for (int run = 0; run < runs; run++) {
            DovetailModel model = model(states, transitions, 42);
            long t0 = System.nanoTime();
            DiagramSession session = open(model, description);
            long t1 = System.nanoTime();
            DiagramLayout.layout(session, false);
            long t2 = System.nanoTime();
            // What the canvas paints first: its viewport (1,600 x 1,000 at 100 %) at the diagram's top-left corner.
            BufferedImage screen = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = screen.createGraphics();
            try {
                new DiagramRenderer(session).render(new AwtPainter(g), new double[] { 0, 0, 1600, 1000 });
            } finally {
                g.dispose();
            }
            long t2b = System.nanoTime();
            // The whole diagram, drawn into an image of at most 4,096 pixels a side (a full-size bitmap of a
            // 1,000-node diagram would not fit a small heap; the canvas only ever paints its viewport).
            DiagramExporter exporter = new DiagramExporter(session, "Benchmark");
            double[] page = exporter.pageSize();
            BufferedImage image = exporter.renderImage(Math.min(1, 4096 / Math.max(page[0], page[1])));
            long t3 = System.nanoTime();
            open[run] = ms(t1 - t0);
            layout[run] = ms(t2 - t1);
            viewport[run] = ms(t2b - t2);
            render[run] = ms(t3 - t2b);
            if (run == 0 && System.getProperty("benchmark.png") != null) {
                try {
                    javax.imageio.ImageIO.write(image, "png", new java.io.File(System.getProperty("benchmark.png")));
                    javax.imageio.ImageIO.write(screen, "png", new java.io.File(System.getProperty("benchmark.png").replace(".png", "-viewport.png")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            if (run == 0) {
                System.out.printf(Locale.ROOT, "diagram: %,d nodes, %,d edges, page %.0f x %.0f, image %d x %d%n",
                        countNodes(session.diagram()), session.diagram().getEdges().size(), page[0], page[1], image.getWidth(), image.getHeight());
            }
            session.close();
        }
        System.out.printf(Locale.ROOT, "warm: median of runs 2..%d in one JVM%n", runs);
        System.out.printf(Locale.ROOT, "%-40s %12s %12s%n", "", "first (ms)", "warm (ms)");
        row("interpretation (open)", open);
        row("ELK layout", layout);
        row("first render (canvas viewport)", viewport);
        double[] total = new double[runs];
        for (int i = 0; i < runs; i++) {
            total[i] = layout[i] + viewport[i];
        }
        row("layout + first render (target <= 1000)", total);
        row("whole-diagram PNG image (export)", render);

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

    private static void row(String label, double[] values) {
        double[] warm = Arrays.copyOfRange(values, 1, values.length);
        System.out.printf(Locale.ROOT, "%-40s %12.1f %12.1f%n", label, values[0], ColdRuns.median(warm));
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
