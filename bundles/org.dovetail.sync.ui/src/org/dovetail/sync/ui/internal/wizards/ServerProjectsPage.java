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

/** Page 2 of the clone wizard: the user's projects on the server, with their name and the user's role in each. */
final class ServerProjectsPage extends CloneWizardPage {

    private TableViewer projects;

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
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 200).applyTo(projects.getTable().getParent());
        Class<SyncClient.ProjectMembership> row = SyncClient.ProjectMembership.class;
        Tables.column(projects, "Project", 22, row, SyncClient.ProjectMembership::id);
        Tables.column(projects, "Name", 30, row, SyncClient.ProjectMembership::name);
        Tables.column(projects, "Your role", 14, row, SyncClient.ProjectMembership::role);
        Tables.column(projects, "What you may do", 34, row, project -> allows(project.role()));
        projects.addSelectionChangedListener(e -> setPageComplete(chosen() != null));
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
    }

    SyncClient.ProjectMembership chosen() {
        return projects == null ? null : (SyncClient.ProjectMembership) ((IStructuredSelection) projects.getSelection()).getFirstElement();
    }
}
