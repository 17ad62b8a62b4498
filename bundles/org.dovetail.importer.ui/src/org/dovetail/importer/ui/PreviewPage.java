package org.dovetail.importer.ui;

import java.util.List;

import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.PlannedChange;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** Second page: what the import will add, change and remove, and what the file had that is not imported. */
final class PreviewPage extends WizardPage {

    private Label summary;
    private Label counts;
    private Table table;
    private Text notes;

    PreviewPage() {
        super("preview");
        setTitle("Preview");
        setDescription("What Finish will add, change and remove. Nothing has changed yet; the import is one step on Undo.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        summary = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(summary);
        counts = new Label(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] { { "Change", "80" }, { "Element", "110" }, { "Name", "260" }, { "Detail", "300" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 260).applyTo(table);
        new Label(body, SWT.NONE).setText("Warnings and notes (what the file had that is not imported):");
        notes = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, 60).applyTo(notes);
        setControl(body);
    }

    void show(ImportPlan plan, List<PlannedChange> changes) {
        summary.setText(plan.summary());
        long add = changes.stream().filter(c -> c.kind() == PlannedChange.Kind.ADD).count();
        long update = changes.stream().filter(c -> c.kind() == PlannedChange.Kind.UPDATE).count();
        long remove = changes.stream().filter(c -> c.kind() == PlannedChange.Kind.REMOVE).count();
        long keep = changes.stream().filter(c -> c.kind() == PlannedChange.Kind.KEEP).count();
        counts.setText(add + " to add, " + update + " to change, " + remove + " to remove, " + keep + " unchanged");
        table.removeAll();
        for (PlannedChange change : changes) {
            if (change.kind() == PlannedChange.Kind.KEEP) {
                continue;
            }
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { label(change.kind()), change.type(), change.name(), change.detail() });
            if (change.kind() == PlannedChange.Kind.REMOVE) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        List<String> lines = new java.util.ArrayList<>();
        plan.warnings().forEach(w -> lines.add("Warning: " + w));
        lines.addAll(plan.notes());
        notes.setText(lines.isEmpty() ? "(everything in the file was imported, without warnings)" : String.join("\n", lines));
        summary.getParent().layout(true, true);
        setPageComplete(true);
    }

    private static String label(PlannedChange.Kind kind) {
        return switch (kind) {
            case ADD -> "Add";
            case UPDATE -> "Change";
            case REMOVE -> "Remove";
            case KEEP -> "Keep";
        };
    }

    Table table() {
        return table;
    }

    /** The warnings and notes as shown (tests). */
    String notesText() {
        return notes.getText();
    }
}
