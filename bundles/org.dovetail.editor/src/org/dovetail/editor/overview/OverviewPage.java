package org.dovetail.editor.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.dovetail.editor.internal.UiSlices;
import org.dovetail.editor.mapping.MappingIndex;
import org.dovetail.editor.session.ModelSession;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Process;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

/**
 * The overview form: what the model is (name, version, file, description), how much it holds per domain, and how
 * much of each process the governance mappings cover, with a link to the mapping page. Rebuilt on refresh.
 */
public final class OverviewPage {

    /** How many processes the coverage section lists (the least covered). */
    private static final int SHOWN_PROCESSES = 12;

    private final ModelSession session;
    private final Runnable openMappings;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final ModelSession.Listener modelChanged = (changed, event) -> {
        if (isRefreshing()) {
            refresh(); // the model changed under the counting: count again
        }
    };
    private Composite body;
    /** Bumped by every refresh: slices of an older one stop. */
    private int generation;
    private int shownGeneration = -1;

    public OverviewPage(Composite parent, ModelSession session, Runnable openMappings) {
        this.session = session;
        this.openMappings = openMappings;
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        toolkit.decorateFormHeading(form.getForm());
        form.addDisposeListener(event -> {
            session.removeListener(modelChanged);
            toolkit.dispose();
        });
        session.addListener(modelChanged);
        ColumnLayout layout = new ColumnLayout();
        layout.minNumColumns = 1;
        layout.maxNumColumns = 3;
        form.getBody().setLayout(layout);
        refresh();
    }

    /**
     * Counts and coverage anew (the page is shown, or the model changed while it is): read a slice at a time in the UI
     * thread (a large model has a hundred thousand elements), then the form is rebuilt once; until then it shows what
     * it showed before, or a note the first time.
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
            clear();
            form.reflow(true);
            return;
        }
        if (body == null) {
            body = form.getBody();
            toolkit.createLabel(body, "Counting the elements of the model…");
            form.reflow(true);
        }
        ModelCounts counts = new ModelCounts();
        BooleanSupplier current = () -> run == generation && !form.isDisposed();
        UiSlices.start(form.getDisplay(), session.resource().getAllContents(), counts::add, current, () -> {
            MappingIndex index = MappingIndex.of(session.resource());
            List<Process> processes = model.getProcessDomain() == null ? List.of() : new ArrayList<>(model.getProcessDomain().getProcesses());
            Map<Process, MappingIndex.Coverage> coverages = new HashMap<>();
            UiSlices.start(form.getDisplay(), processes.iterator(), process -> coverages.put(process, index.coverage(process)), current,
                    () -> show(model, counts, processes, coverages));
        });
    }

    /** Whether counts and coverage are being read (the form shows the previous ones, or a note, until they are). */
    public boolean isRefreshing() {
        return shownGeneration != generation;
    }

    private void show(DovetailModel model, ModelCounts counts, List<Process> processes, Map<Process, MappingIndex.Coverage> coverages) {
        shownGeneration = generation;
        form.setRedraw(false);
        try {
            clear();
            about(model, counts);
            counts("Process domain", "Work as imagined: procedures, approvals, decision rights, evidence, controls.", counts.process());
            counts("Digital domain", "Work as enforced: systems, workflow states, permissions, data fields.", counts.digital());
            counts("Governance", "Mappings between the domains, findings recorded in the model, waivers.", counts.governance());
            coverage(model, processes, coverages);
            form.reflow(true);
        } finally {
            form.setRedraw(true);
        }
    }

    private void clear() {
        for (Control child : form.getBody().getChildren()) {
            child.dispose();
        }
        body = form.getBody();
    }

    private void about(DovetailModel model, ModelCounts counts) {
        Composite client = section("Model", "What this file holds.");
        row(client, "Name", model.getName());
        row(client, "Version", model.getVersion());
        row(client, "File", session.uri().isPlatformResource() ? session.uri().toPlatformString(true) : session.uri().toFileString());
        row(client, "Elements", String.valueOf(counts.elements()));
        if (session.isReadOnly()) {
            row(client, "State", "Read-only: " + session.loadProblem());
        }
        if (model.getDescription() != null && !model.getDescription().isBlank()) {
            Label description = toolkit.createLabel(client, model.getDescription(), SWT.WRAP);
            TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
            data.colspan = 2;
            description.setLayoutData(data);
        }
    }

    private void counts(String title, String description, Map<String, Integer> counts) {
        Composite client = section(title, description);
        counts.forEach((label, count) -> row(client, label, String.valueOf(count)));
    }

    private void coverage(DovetailModel model, List<Process> processes, Map<Process, MappingIndex.Coverage> coverages) {
        Composite client = section("Mapping coverage", "Steps, evidence, decision rights and exception paths of each process that a "
                + "governance mapping ties to the systems.");
        if (processes.isEmpty()) {
            row(client, "Processes", "none yet");
        } else {
            // The least covered first, and only a few: a large model has thousands of processes.
            List<Process> sorted = new ArrayList<>(processes);
            sorted.sort(Comparator.comparingInt((Process p) -> coverages.get(p).percent()));
            for (Process process : sorted.subList(0, Math.min(SHOWN_PROCESSES, sorted.size()))) {
                coverageRow(client, process.getName(), coverages.get(process));
            }
            if (sorted.size() > SHOWN_PROCESSES) {
                int mapped = coverages.values().stream().mapToInt(MappingIndex.Coverage::mapped).sum();
                int total = coverages.values().stream().mapToInt(MappingIndex.Coverage::total).sum();
                row(client, (sorted.size() - SHOWN_PROCESSES) + " more processes",
                        new MappingIndex.Coverage(mapped, total, Map.of()) + " over all " + sorted.size());
            }
        }
        var link = toolkit.createHyperlink(client, "Open the mapping page to map what is missing", SWT.NONE);
        TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
        data.colspan = 2;
        link.setLayoutData(data);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                openMappings.run();
            }
        });
    }

    private void coverageRow(Composite client, String name, MappingIndex.Coverage coverage) {
        row(client, name, coverage.toString());
        Composite bar = new Composite(client, SWT.NONE);
        bar.setLayoutData(barData());
        bar.setBackground(form.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        GridLayout barLayout = new GridLayout(1, false);
        barLayout.marginWidth = 0;
        barLayout.marginHeight = 0;
        bar.setLayout(barLayout);
        Label filled = new Label(bar, SWT.NONE);
        GridData fill = new GridData(SWT.LEFT, SWT.FILL, false, true);
        fill.widthHint = Math.max(1, coverage.percent() * 3);
        fill.heightHint = 6;
        filled.setLayoutData(fill);
        filled.setBackground(form.getDisplay().getSystemColor(coverage.percent() >= 80 ? SWT.COLOR_DARK_GREEN
                : coverage.percent() >= 50 ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_RED));
    }

    private static TableWrapData barData() {
        TableWrapData data = new TableWrapData(TableWrapData.LEFT);
        data.colspan = 2;
        data.maxWidth = 300;
        data.heightHint = 6;
        return data;
    }

    private Composite section(String title, String description) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        Composite client = toolkit.createComposite(section);
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.horizontalSpacing = 16;
        client.setLayout(layout);
        section.setClient(client);
        return client;
    }

    private void row(Composite client, String label, String value) {
        Label name = toolkit.createLabel(client, label);
        name.setForeground(toolkit.getColors().getColor(org.eclipse.ui.forms.IFormColors.TITLE));
        toolkit.createLabel(client, value == null ? "" : value, SWT.WRAP).setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
    }

    /** The form (for tests: its texts). */
    public ScrolledForm form() {
        return form;
    }

    public Control control() {
        return form;
    }
}
