package org.dovetail.sync.ui.internal.wizards;

import java.util.List;

import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.ui.internal.Tables;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Page 2 of the clone wizard: the user's projects on the server, with their name and the user's role in each. */
final class ServerProjectsPage extends CloneWizardPage {

    private TableViewer projects;
    private Text description;

    ServerProjectsPage() {
        super("projects", "Choose a Project", "The projects on the server you are a member of.");
    }

    /** What the server lets a member with {@code role} do (the server's roles: see docs/server.md). */
    static String allows(String role) {
        return switch (role) {
        case "viewer" -> "read and update";
        case "architect" -> "edit and commit models";
        case "governance" -> "waive, set the gate, baselines";
        case "admin" -> "everything, incl. members";
        default -> "";
        };
    }

    @Override
    public void createControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(holder);
        projects = Tables.create(holder, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, true).hint(780, 200).applyTo(projects.getTable().getParent());
        Class<SyncClient.ProjectMembership> row = SyncClient.ProjectMembership.class;
        Tables.column(projects, "Project", 16, row, SyncClient.ProjectMembership::id);
        Tables.column(projects, "Name", 22, row, SyncClient.ProjectMembership::name);
        Tables.column(projects, "Description", 34, row, project -> firstLine(project.description()));
        Tables.column(projects, "Your role", 12, row, project -> project.role() + (allows(project.role()).isEmpty() ? ""
                : " (" + allows(project.role()) + ")"));
        Label label = new Label(holder, SWT.NONE);
        label.setText("About the project:");
        description = new Text(holder, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(780, 64).applyTo(description);
        projects.addSelectionChangedListener(e -> {
            setPageComplete(chosen() != null);
            showDescription();
        });
        projects.addDoubleClickListener(e -> {
            if (chosen() != null && getNextPage() != null) {
                getContainer().showPage(getNextPage());
            }
        });
        setControl(holder);
    }

    /** The answer of page 1's connection. */
    void show(String server, String user, List<SyncClient.ProjectMembership> listed) {
        projects.setInput(listed);
        if (listed.isEmpty()) {
            setMessage(user + " is not a member of any project on " + server + "; ask a project admin to add you.", WARNING);
        } else {
            setMessage(listed.size() + (listed.size() == 1 ? " project" : " projects") + " of " + user + " on " + server
                    + ". Choose the one to check out.");
        }
        projects.setSelection(listed.size() == 1 ? new StructuredSelection(listed.get(0)) : StructuredSelection.EMPTY, true);
        setPageComplete(chosen() != null);
        showDescription();
    }

    private void showDescription() {
        SyncClient.ProjectMembership project = chosen();
        description.setText(project == null ? "" : project.description().isBlank() ? "(no description)" : project.description());
    }

    /** The description shown in its column: the first line (the pane below shows all of it). */
    static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 119) + "\u2026" : line;
    }

    /** For tests: the description pane's text. */
    String descriptionText() {
        return description.getText();
    }

    SyncClient.ProjectMembership chosen() {
        return projects == null ? null : (SyncClient.ProjectMembership) ((IStructuredSelection) projects.getSelection()).getFirstElement();
    }
}
