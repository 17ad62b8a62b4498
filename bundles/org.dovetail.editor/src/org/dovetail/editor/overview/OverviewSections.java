package org.dovetail.editor.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

/**
 * The overview form's widgets: titled sections of name/value rows. Building them all at once, and laying them out,
 * held the UI thread for a third of a second, so a new form is built one section per turn of the event loop; a form
 * of the same shape (the model changed while the page is shown) is only relabelled.
 */
final class OverviewSections {

    /** One row: a name, a value, and a coverage bar when {@code bar} is a percentage (-1: none). */
    record Row(String name, String value, int bar, boolean wrap) {

        static Row of(String name, String value) {
            return new Row(name, value == null ? "" : value, -1, false);
        }
    }

    /** One section: its rows, then an optional note over both columns and an optional link to the mapping page. */
    record Part(String title, String description, List<Row> rows, String note, boolean link) {

        /** What decides the widgets: the same shape is relabelled, another one built anew. */
        private List<Object> shape() {
            return List.of(title, rows.stream().map(row -> (row.bar() >= 0) + "/" + row.wrap()).toList(), note != null, link);
        }
    }

    private record Built(Label name, Label value, Label filled) {
    }

    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final Runnable openMappings;
    private List<Part> shown = List.of();
    private final List<List<Built>> rows = new ArrayList<>();
    private final List<Label> notes = new ArrayList<>();

    OverviewSections(FormToolkit toolkit, ScrolledForm form, Runnable openMappings) {
        this.toolkit = toolkit;
        this.form = form;
        this.openMappings = openMappings;
    }

    /**
     * Shows {@code parts}, then runs {@code done} (unless {@code wanted} turned false on the way: a newer run replaced
     * this one, or the form closed).
     */
    void show(List<Part> parts, BooleanSupplier wanted, Runnable done) {
        if (parts.stream().map(Part::shape).toList().equals(shown.stream().map(Part::shape).toList())) {
            relabel(parts);
            done.run();
            return;
        }
        clear();
        if (parts.isEmpty()) {
            done.run();
        } else {
            buildFrom(parts, 0, wanted, done);
        }
    }

    /** Builds {@code parts} from {@code index} on; {@link #shown} has the parts built so far (a stopped build is rebuilt). */
    private void buildFrom(List<Part> parts, int index, BooleanSupplier wanted, Runnable done) {
        if (!wanted.getAsBoolean() || form.isDisposed()) {
            return;
        }
        build(parts.get(index));
        shown = List.copyOf(parts.subList(0, index + 1));
        // asyncExec, not a timer: the event loop handles input and paint events first, and queued runnables (others'
        // updates) before the next section; chained timers ran back to back ahead of every queued runnable.
        if (index + 1 < parts.size()) {
            form.getDisplay().asyncExec(() -> buildFrom(parts, index + 1, wanted, done));
        } else {
            // Laid out once, at a turn of its own, when all are there.
            form.getDisplay().asyncExec(() -> {
                if (wanted.getAsBoolean() && !form.isDisposed()) {
                    form.reflow(true);
                    done.run();
                }
            });
        }
    }

    /** Removes every section (and a note shown in their place). */
    void clear() {
        for (Control child : form.getBody().getChildren()) {
            child.dispose();
        }
        shown = List.of();
        rows.clear();
        notes.clear();
    }

    /** Shows a single line in place of the sections (before the first count). */
    void note(String text) {
        clear();
        toolkit.createLabel(form.getBody(), text);
        form.reflow(true);
    }

    private void relabel(List<Part> parts) {
        boolean changed = false;
        for (int i = 0; i < parts.size(); i++) {
            List<Row> newRows = parts.get(i).rows();
            for (int j = 0; j < newRows.size(); j++) {
                Built built = rows.get(i).get(j);
                Row row = newRows.get(j);
                changed |= setText(built.name(), row.name()) | setText(built.value(), row.value());
                if (built.filled() != null) {
                    changed |= fill(built.filled(), row.bar());
                }
            }
        }
        int note = 0;
        for (Part part : parts) {
            if (part.note() != null) {
                changed |= setText(notes.get(note++), part.note());
            }
        }
        shown = parts;
        if (changed) {
            form.reflow(true);
        }
    }

    private static boolean setText(Label label, String text) {
        if (Objects.equals(label.getText(), text)) {
            return false;
        }
        label.setText(text);
        return true;
    }

    /**
     * A titled block: a bold title over a thin keyline, a grey description, then the rows. Plain labels rather than a
     * Forms {@code Section}: a section's title bar paints a gradient image on every paint, which held a large model's
     * window for over 100 ms when the page was shown.
     */
    private void build(Part part) {
        Composite section = toolkit.createComposite(form.getBody());
        TableWrapLayout sectionLayout = new TableWrapLayout();
        sectionLayout.leftMargin = sectionLayout.rightMargin = 0;
        sectionLayout.topMargin = 4;
        sectionLayout.verticalSpacing = 3;
        section.setLayout(sectionLayout);
        Label title = toolkit.createLabel(section, part.title());
        title.setFont(JFaceResources.getBannerFont());
        title.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
        title.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Composite keyline = toolkit.createComposite(section);
        TableWrapData keylineData = new TableWrapData(TableWrapData.FILL_GRAB);
        keylineData.heightHint = 1;
        keyline.setLayoutData(keylineData);
        org.eclipse.swt.graphics.Color separator = toolkit.getColors().getColor(IFormColors.SEPARATOR);
        keyline.setBackground(separator != null ? separator : toolkit.getColors().getBorderColor());
        Label description = toolkit.createLabel(section, part.description(), SWT.WRAP);
        description.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        description.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Composite client = toolkit.createComposite(section);
        client.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.horizontalSpacing = 16;
        layout.leftMargin = 0;
        client.setLayout(layout);
        List<Built> built = new ArrayList<>();
        for (Row row : part.rows()) {
            Label name = toolkit.createLabel(client, row.name());
            name.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
            // Only long values wrap: a wrapping label is measured several times by the layout.
            Label value = toolkit.createLabel(client, row.value(), row.wrap() ? SWT.WRAP : SWT.NONE);
            value.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
            built.add(new Built(name, value, row.bar() >= 0 ? bar(client, row.bar()) : null));
        }
        rows.add(built);
        if (part.note() != null) {
            Label note = toolkit.createLabel(client, part.note(), SWT.WRAP);
            note.setLayoutData(spanning());
            notes.add(note);
        }
        if (part.link()) {
            var link = toolkit.createHyperlink(client, "Open the mapping page to map what is missing", SWT.NONE);
            link.setLayoutData(spanning());
            link.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent event) {
                    openMappings.run();
                }
            });
        }
    }

    private static TableWrapData spanning() {
        TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
        data.colspan = 2;
        return data;
    }

    private Label bar(Composite client, int percent) {
        Composite bar = new Composite(client, SWT.NONE);
        TableWrapData data = new TableWrapData(TableWrapData.LEFT);
        data.colspan = 2;
        data.maxWidth = 300;
        data.heightHint = 6;
        bar.setLayoutData(data);
        bar.setBackground(form.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        GridLayout barLayout = new GridLayout(1, false);
        barLayout.marginWidth = 0;
        barLayout.marginHeight = 0;
        bar.setLayout(barLayout);
        Label filled = new Label(bar, SWT.NONE);
        GridData fill = new GridData(SWT.LEFT, SWT.FILL, false, true);
        fill.heightHint = 6;
        filled.setLayoutData(fill);
        fill(filled, percent);
        return filled;
    }

    /** Sets the bar's length and colour; returns whether they changed. */
    private boolean fill(Label filled, int percent) {
        GridData fill = (GridData) filled.getLayoutData();
        int width = Math.max(1, percent * 3);
        if (fill.widthHint == width) {
            return false;
        }
        fill.widthHint = width;
        filled.setBackground(form.getDisplay().getSystemColor(percent >= 80 ? SWT.COLOR_DARK_GREEN
                : percent >= 50 ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_RED));
        return true;
    }
}
