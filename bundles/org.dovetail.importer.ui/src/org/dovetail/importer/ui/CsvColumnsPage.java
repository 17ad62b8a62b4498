package org.dovetail.importer.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.csv.CsvImporter;
import org.dovetail.importer.csv.CsvLogReader;
import org.dovetail.importer.csv.Delimiters;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * CSV only: the delimiter and which header columns hold the case id, the activity and the timestamp. Filled from the
 * file's header row with the columns the importer would take by their usual names.
 */
final class CsvColumnsPage extends WizardPage {

    private static final String[][] DELIMITERS = { { "Detect from the header row", "" }, { "Comma  ,", "," }, { "Semicolon  ;", ";" },
            { "Tab", "tab" }, { "Vertical bar  |", "|" } };
    private static final String NO_TIMESTAMP = "(none: the file's order)";

    private Combo delimiter;
    private Combo caseColumn;
    private Combo activityColumn;
    private Combo timestampColumn;
    private Label header;
    private Table sample;
    private Path loaded;
    private char loadedDelimiter = 1;

    CsvColumnsPage() {
        super("columns");
        setTitle("CSV columns");
        setDescription("One row per event. Choose the columns of the case id, the activity and the time; rows of a case are put in time order.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        delimiter = combo(body, "&Delimiter:");
        for (String[] d : DELIMITERS) {
            delimiter.add(d[0]);
        }
        delimiter.select(0);
        delimiter.addListener(SWT.Selection, e -> load(loaded, true));
        caseColumn = combo(body, "&Case id:");
        activityColumn = combo(body, "&Activity:");
        timestampColumn = combo(body, "&Timestamp:");
        List.of(caseColumn, activityColumn).forEach(c -> c.addListener(SWT.Selection, e -> validate()));
        new Label(body, SWT.NONE).setText("Header:");
        header = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(450, SWT.DEFAULT).applyTo(header);
        Label first = new Label(body, SWT.NONE);
        first.setText("The first rows:");
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(first);
        sample = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        sample.setHeaderVisible(true);
        sample.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 170).applyTo(sample);
        setControl(body);
        setPageComplete(false);
    }

    private static Combo combo(Composite body, String label) {
        new Label(body, SWT.NONE).setText(label);
        Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    /** Reads the header row of {@code file} (again when the file or the delimiter changed). */
    void load(Path file, boolean delimiterChanged) {
        char wanted = delimiterChoice();
        if (file == null || (file.equals(loaded) && wanted == loadedDelimiter && !delimiterChanged)) {
            return;
        }
        loaded = file;
        loadedDelimiter = wanted;
        try {
            CsvLogReader.Header read = CsvLogReader.header(file, wanted, ImportRequest.DEFAULT_CSV_LIMIT);
            fill(caseColumn, read.names(), read.usual(CsvImporter.CASE), null);
            fill(activityColumn, read.names(), read.usual(CsvImporter.ACTIVITY), null);
            fill(timestampColumn, read.names(), read.usual(CsvImporter.TIMESTAMP), NO_TIMESTAMP);
            header.setText(read.names().size() + " columns, split at " + Delimiters.describe(read.delimiter()) + ": " + String.join(", ", read.names()));
            showSample(read);
            validate();
        } catch (ImportException e) {
            List.of(caseColumn, activityColumn, timestampColumn).forEach(Combo::removeAll);
            header.setText("");
            sample.removeAll();
            setErrorMessage(e.getMessage());
            setPageComplete(false);
        }
        header.getParent().layout(true, true);
    }

    private void showSample(CsvLogReader.Header read) {
        sample.setRedraw(false);
        sample.removeAll();
        for (TableColumn column : sample.getColumns()) {
            column.dispose();
        }
        for (String name : read.names()) {
            TableColumn column = new TableColumn(sample, SWT.LEFT);
            column.setText(name);
        }
        for (List<String> row : read.sample()) {
            new TableItem(sample, SWT.NONE).setText(row.toArray(String[]::new));
        }
        for (TableColumn column : sample.getColumns()) {
            column.pack();
        }
        sample.setRedraw(true);
    }

    private void fill(Combo combo, List<String> names, String usual, String none) {
        combo.removeAll();
        if (none != null) {
            combo.add(none);
        }
        names.forEach(combo::add);
        int index = usual == null ? (none != null ? 0 : -1) : combo.indexOf(usual);
        if (index >= 0) {
            combo.select(index);
        }
    }

    private void validate() {
        String problem = caseColumn.getSelectionIndex() < 0 ? "Choose the column that holds the case id."
                : activityColumn.getSelectionIndex() < 0 ? "Choose the column that holds the activity."
                        : caseColumn.getText().equals(activityColumn.getText()) ? "The case id and the activity must be different columns." : null;
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private char delimiterChoice() {
        String value = DELIMITERS[Math.max(0, delimiter.getSelectionIndex())][1];
        return value.isEmpty() ? 0 : Delimiters.parse(value);
    }

    /** The import options for {@link CsvImporter}. */
    Map<String, String> options() {
        Map<String, String> options = new HashMap<>();
        options.put(CsvImporter.CASE, caseColumn.getText());
        options.put(CsvImporter.ACTIVITY, activityColumn.getText());
        // An empty timestamp option means "none": the file's order.
        options.put(CsvImporter.TIMESTAMP, timestampColumn.getSelectionIndex() > 0 ? timestampColumn.getText() : "");
        char d = delimiterChoice();
        options.put(CsvImporter.DELIMITER, d == 0 ? "" : d == '\t' ? "tab" : String.valueOf(d));
        return options;
    }

    /** Selects {@code column} in the combo labelled {@code which} ("case", "activity", "timestamp"), for tests. */
    void select(String which, String column) {
        Combo combo = switch (which) {
            case CsvImporter.CASE -> caseColumn;
            case CsvImporter.ACTIVITY -> activityColumn;
            default -> timestampColumn;
        };
        int index = combo.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        combo.select(index);
        validate();
    }
}
