package org.dovetail.editor.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.dovetail.editor.mapping.MappingIndex;
import org.dovetail.editor.overview.OverviewSections.Row;
import org.dovetail.editor.session.ModelSession;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Process;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The overview form: what the model is (name, version, file, description), how much it holds per domain, and how
 * much of each process the governance mappings cover, with a link to the mapping page. Rebuilt on refresh.
 */
public final class OverviewPage {

    /** How many processes the coverage section lists (the least covered). */
    private static final int SHOWN_PROCESSES = 12;

    private final ModelSession session;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final ModelSession.Listener modelChanged = (changed, event) -> {
        if (isRefreshing()) {
            refresh(); // the model changed under the counting: count again
        }
    };
    private final OverviewSections sections;
    /** Whether the sections have been shown once (until then the form says it is counting). */
    private boolean counted;
    /** Bumped by every refresh: slices of an older one stop. */
    private int generation;
    private int shownGeneration = -1;

    public OverviewPage(Composite parent, ModelSession session, Runnable openMappings) {
        this.session = session;
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        // A plain heading (title font and colour, no gradient): a decorated heading paints its gradient image on every
        // paint, and the first paint of the page held a large model's window for over 100 ms (sampled).
        form.addDisposeListener(event -> {
            session.removeListener(modelChanged);
            toolkit.dispose();
        });
        session.addListener(modelChanged);
        ColumnLayout layout = new ColumnLayout();
        layout.minNumColumns = 1;
        layout.maxNumColumns = 3;
        form.getBody().setLayout(layout);
        sections = new OverviewSections(toolkit, form, openMappings);
        refresh();
    }

    /**
     * Counts and coverage anew (the page is shown, or the model changed while it is): read in a worker (a large model
     * has a hundred thousand elements), then the form is relabelled, or built a section per turn
     * ({@link OverviewSections}); until then it shows what it showed before, or a note the first time.
     */
    public void refresh() {
        if (form.isDisposed()) {
            return;
        }
        int run = ++generation;
        DovetailModel model = !session.resource().getContents().isEmpty()
                && session.resource().getContents().get(0) instanceof DovetailModel m ? m : null;
        form.setText(model == null ? "No Dovetail model" : model.getName());
        if (model == null) {
            sections.clear();
            form.reflow(true);
            shownGeneration = run;
            return;
        }
        if (!counted) {
            sections.note("Counting the elements of the model…");
        }
        BooleanSupplier current = () -> run == generation && !form.isDisposed();
        Display display = form.getDisplay();
        // Read in a worker (a walk of a hundred thousand elements); the UI thread only builds the form. An edit during
        // the walk starts a newer run (see modelChanged), and this one's figures are dropped.
        Job count = Job.createSystem("Counting " + session.uri().lastSegment(), monitor -> {
            List<OverviewSections.Part> parts;
            try {
                parts = parts(model, ModelCounts.of(session.resource()), MappingIndex.of(session.resource()));
            } catch (ConcurrentModificationException e) {
                display.asyncExec(() -> {
                    if (current.getAsBoolean()) {
                        refresh(); // changed without a command (a sync merged into it): count again
                    }
                });
                return;
            }
            display.asyncExec(() -> {
                if (current.getAsBoolean()) {
                    counted = true;
                    sections.show(parts, current, () -> shownGeneration = run);
                }
            });
        });
        count.schedule();
    }

    /** Whether counts and coverage are being read or shown (the form shows the previous ones, or a note, until they are). */
    public boolean isRefreshing() {
        return shownGeneration != generation;
    }

    /** What the form shows: made in the counting worker (texts only, no widgets). */
    private List<OverviewSections.Part> parts(DovetailModel model, ModelCounts counts, MappingIndex index) {
        List<Process> processes = model.getProcessDomain() == null ? List.of() : List.copyOf(model.getProcessDomain().getProcesses());
        Map<Process, MappingIndex.Coverage> coverages = new HashMap<>();
        processes.forEach(process -> coverages.put(process, index.coverage(process)));
        List<OverviewSections.Part> parts = new ArrayList<>();
        parts.add(about(model, counts));
        parts.add(counts("Process domain", "Work as imagined: procedures, approvals, decision rights, evidence, controls.", counts.process()));
        parts.add(counts("Digital domain", "Work as enforced: systems, workflow states, permissions, data fields.", counts.digital()));
        parts.add(counts("Governance", "Mappings between the domains, findings recorded in the model, waivers.", counts.governance()));
        parts.add(coverage(processes, coverages));
        return parts;
    }

    private OverviewSections.Part about(DovetailModel model, ModelCounts counts) {
        // session.isReadOnly() and loadProblem() are set before any editor opens: safe to read here.
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Name", model.getName()));
        rows.add(Row.of("Version", model.getVersion()));
        String file = session.uri().isPlatformResource() ? session.uri().toPlatformString(true) : session.uri().toFileString();
        rows.add(new Row("File", file == null ? "" : file, -1, true));
        rows.add(Row.of("Elements", String.valueOf(counts.elements())));
        if (session.isReadOnly()) {
            rows.add(new Row("State", "Read-only: " + session.loadProblem(), -1, true));
        }
        String description = model.getDescription() != null && !model.getDescription().isBlank() ? model.getDescription() : null;
        return new OverviewSections.Part("Model", "What this file holds.", rows, description, false);
    }

    private static OverviewSections.Part counts(String title, String description, Map<String, Integer> counts) {
        List<Row> rows = new ArrayList<>();
        counts.forEach((label, count) -> rows.add(Row.of(label, String.valueOf(count))));
        return new OverviewSections.Part(title, description, rows, null, false);
    }

    private static OverviewSections.Part coverage(List<Process> processes, Map<Process, MappingIndex.Coverage> coverages) {
        List<Row> rows = new ArrayList<>();
        if (processes.isEmpty()) {
            rows.add(Row.of("Processes", "none yet"));
        } else {
            // The least covered first, and only a few: a large model has thousands of processes.
            List<Process> sorted = new ArrayList<>(processes);
            sorted.sort(Comparator.comparingInt((Process p) -> coverages.get(p).percent()));
            for (Process process : sorted.subList(0, Math.min(SHOWN_PROCESSES, sorted.size()))) {
                MappingIndex.Coverage coverage = coverages.get(process);
                rows.add(new Row(process.getName() == null ? "" : process.getName(), coverage.toString(), coverage.percent(), false));
            }
            if (sorted.size() > SHOWN_PROCESSES) {
                int mapped = coverages.values().stream().mapToInt(MappingIndex.Coverage::mapped).sum();
                int total = coverages.values().stream().mapToInt(MappingIndex.Coverage::total).sum();
                rows.add(Row.of((sorted.size() - SHOWN_PROCESSES) + " more processes",
                        new MappingIndex.Coverage(mapped, total, Map.of()) + " over all " + sorted.size()));
            }
        }
        return new OverviewSections.Part("Mapping coverage", "Steps, evidence, decision rights and exception paths of each process "
                + "that a governance mapping ties to the systems.", rows, null, true);
    }

    /** The form (for tests: its texts). */
    public ScrolledForm form() {
        return form;
    }

    public Control control() {
        return form;
    }
}
