package org.dovetail.importer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.importer.api.ModelImporter;
import org.dovetail.model.process.Process;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** First page: the file, the model it goes into (one open in an editor) and the process. */
final class SourcePage extends WizardPage {

    private final ModelImporter importer;
    private final boolean needsProcess;
    private final List<ImportTarget> targets;
    private final List<Process> processes = new ArrayList<>();
    private Text file;
    private Combo model;
    private Combo process;

    SourcePage(ModelImporter importer, boolean needsProcess, List<ImportTarget> targets) {
        super("source");
        this.importer = importer;
        this.needsProcess = needsProcess;
        this.targets = targets;
        setTitle(!needsProcess ? "Import a BPMN 2.0 process" : importer.id().equals("csv") ? "Import a CSV event log" : "Import an XES event log");
        setDescription(needsProcess ? "The log's cases are checked against a process: deviations and activity mappings go under Work as done."
                : "The file's pools, lanes, tasks, gateways and flows become one process; importing the same file again updates it.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText("&File:");
        file = new Text(body, SWT.BORDER | SWT.SINGLE);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.setMessage("the ." + importer.fileExtensions().get(0) + " file to import");
        file.addModifyListener(e -> validate());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("B&rowse...");
        browse.addListener(SWT.Selection, e -> browse());

        new Label(body, SWT.NONE).setText("&Model:");
        model = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        targets.forEach(t -> model.add(t.label()));
        model.addListener(SWT.Selection, e -> {
            fillProcesses();
            validate();
        });

        new Label(body, SWT.NONE).setText("&Process:");
        process = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        process.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        process.addListener(SWT.Selection, e -> validate());
        if (!targets.isEmpty()) {
            model.select(0);
            fillProcesses();
        }
        setControl(body);
        validate();
        setErrorMessage(null); // no complaints before the user typed anything
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText("Import " + importer.name());
        List<String> filters = new ArrayList<>();
        importer.fileExtensions().forEach(ext -> filters.add("*." + ext));
        dialog.setFilterExtensions(new String[] { String.join(";", filters), "*.*" });
        dialog.setFilterNames(new String[] { importer.name() + " (" + String.join(", ", filters) + ")", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void fillProcesses() {
        process.removeAll();
        processes.clear();
        ImportTarget target = target();
        if (!needsProcess) {
            process.add("A new process from the file (or the one an earlier import of it made)");
            processes.add(null);
        }
        if (target != null && target.model().getProcessDomain() != null) {
            for (Process each : target.model().getProcessDomain().getProcesses()) {
                process.add((needsProcess ? "" : "Update: ") + each.getName());
                processes.add(each);
            }
        }
        if (process.getItemCount() > 0) {
            process.select(0);
        }
    }

    private void validate() {
        String problem = null;
        if (targets.isEmpty()) {
            problem = "Open the model to import into in its editor first (double-click it in the Project Explorer).";
        } else if (file.getText().isBlank()) {
            problem = "Choose the file to import.";
        } else if (!Files.isRegularFile(Path.of(file.getText().strip()))) {
            problem = "There is no file " + file.getText().strip();
        } else if (target() != null && target().editor().getSession().isReadOnly()) {
            problem = "The model " + target().label() + " is read-only.";
        } else if (needsProcess && selectedProcess() == null) {
            problem = "The model has no process to check the log against: import or model the process first.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    Path file() {
        return Path.of(file.getText().strip());
    }

    void setFile(String path) {
        file.setText(path);
    }

    ImportTarget target() {
        int index = model.getSelectionIndex();
        return index < 0 ? null : targets.get(index);
    }

    Process selectedProcess() {
        int index = process.getSelectionIndex();
        return index < 0 ? null : processes.get(index);
    }

    void selectProcess(String name) {
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i) != null && name.equals(processes.get(i).getName())) {
                process.select(i);
                validate();
                return;
            }
        }
        throw new IllegalArgumentException("no process " + name);
    }
}
