package org.dovetail.sync.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the clone wizard: server and credentials, the user's projects there, and where the copy goes. */
final class CloneFromServerPage extends WizardPage {

    private Text server;
    private Text user;
    private Text password;
    private TableViewer projects;
    private Text name;
    private Text folder;
    private boolean folderEdited;
    private List<SyncClient.ProjectMembership> listed = List.of();

    CloneFromServerPage() {
        super("cloneFromServer");
        setTitle("Dovetail Project from Server");
        setDescription("Connect to a Dovetail server and check out one of your projects into the workspace.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Group connection = new Group(area, SWT.NONE);
        connection.setText("Server");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(connection);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(connection);
        server = field(connection, "Server URL:", ServerAccounts.lastServer().orElse("http://localhost:8080"), SWT.BORDER);
        Button connect = new Button(connection, SWT.PUSH);
        connect.setText("&List Projects");
        GridDataFactory.swtDefaults().span(1, 3).align(SWT.FILL, SWT.TOP).applyTo(connect);
        String remembered = ServerAccounts.lastServer().flatMap(ServerAccounts::user).orElse("");
        user = field(connection, "User:", remembered, SWT.BORDER);
        password = field(connection, "Password:", ServerAccounts.lastServer().flatMap(ServerAccounts::credentials)
                .map(c -> c instanceof Credentials.Basic b ? b.password() : "").orElse(""), SWT.BORDER | SWT.PASSWORD);
        connect.addListener(SWT.Selection, e -> listProjects());
        listOnEnter();

        Label projectsLabel = new Label(area, SWT.NONE);
        projectsLabel.setText("Your projects on the server:");
        Composite holder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        projects = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        projects.getTable().setHeaderVisible(true);
        projects.getTable().setLinesVisible(true);
        projects.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Project", 30, SyncClient.ProjectMembership::id);
        column(layout, "Name", 45, SyncClient.ProjectMembership::name);
        column(layout, "Your role", 25, SyncClient.ProjectMembership::role);
        projects.addSelectionChangedListener(e -> projectChosen());

        Group target = new Group(area, SWT.NONE);
        target.setText("Into the workspace");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(target);
        name = field(target, "Project name:", "", SWT.BORDER);
        new Label(target, SWT.NONE);
        folder = field(target, "Folder:", "", SWT.BORDER);
        Button browse = new Button(target, SWT.PUSH);
        browse.setText("&Browse\u2026");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        name.addModifyListener(e -> {
            if (!folderEdited) {
                setFolderQuietly(defaultFolder(name.getText()));
            }
            validate();
        });
        folder.addModifyListener(e -> {
            if (!settingFolder) {
                folderEdited = true;
            }
            validate();
        });
        setControl(area);
        validate();
    }

    private boolean settingFolder;

    private void setFolderQuietly(String text) {
        settingFolder = true;
        try {
            folder.setText(text);
        } finally {
            settingFolder = false;
        }
    }

    private void listOnEnter() {
        // Enter in the password field lists the projects (the wizard's Finish is the default button otherwise).
        password.addListener(SWT.DefaultSelection, e -> listProjects());
        server.addListener(SWT.DefaultSelection, e -> listProjects());
    }

    private Text field(Composite parent, String label, String value, int style) {
        Label text = new Label(parent, SWT.NONE);
        text.setText(label);
        Text field = new Text(parent, style);
        field.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(field);
        return field;
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<SyncClient.ProjectMembership, String> text) {
        TableViewerColumn column = new TableViewerColumn(projects, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SyncClient.ProjectMembership) element);
            }
        });
    }

    /** Asks the server for the user's projects (in the wizard's progress part, never in the UI thread). */
    void listProjects() {
        String url;
        try {
            url = ServerAccounts.normalise(server.getText());
        } catch (RuntimeException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        if (user.getText().isBlank() || password.getText().isEmpty()) {
            setErrorMessage("Enter the user and password for " + url + ".");
            return;
        }
        SyncClient client = new SyncClient(java.net.URI.create(url), new Credentials.Basic(user.getText().strip(), password.getText()));
        @SuppressWarnings("unchecked")
        SyncResult<List<SyncClient.ProjectMembership>>[] answer = new SyncResult[1];
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Listing your projects on " + url, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                answer[0] = client.projects();
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            setErrorMessage("Could not list the projects: " + e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        switch (answer[0]) {
        case SyncResult.Ok<List<SyncClient.ProjectMembership>> ok -> {
            listed = ok.value();
            projects.setInput(listed);
            setErrorMessage(null);
            setMessage(listed.isEmpty() ? "You are not a member of any project on " + url + "; ask a project admin to add you."
                    : listed.size() + (listed.size() == 1 ? " project" : " projects") + " on " + url + ". Choose the one to check out.");
            if (listed.size() == 1) {
                projects.setSelection(new org.eclipse.jface.viewers.StructuredSelection(listed.get(0)), true);
            }
        }
        case SyncResult.Failed<?> failed -> setErrorMessage(switch (failed.failure()) {
            case UNAUTHORIZED -> "The server did not accept this user and password.";
            case UNREACHABLE -> "The server cannot be reached at " + url + ": is it running?";
            default -> failed.message();
            });
        default -> setErrorMessage("Unexpected answer from the server: " + answer[0]);
        }
        validate();
    }

    private void projectChosen() {
        SyncClient.ProjectMembership chosen = chosen();
        if (chosen != null) {
            name.setText(chosen.name() == null || chosen.name().isBlank() ? chosen.id() : chosen.name());
        }
        validate();
    }

    private static String defaultFolder(String projectName) {
        return projectName.isBlank() ? "" : ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(projectName).toString();
    }

    private void validate() {
        String problem = null;
        if (chosen() == null) {
            problem = listed.isEmpty() ? null : "Choose the project to check out.";
        } else if (name.getText().isBlank()) {
            problem = "Enter a name for the workspace project.";
        } else if (!ResourcesPlugin.getWorkspace().validateName(name.getText().strip(), org.eclipse.core.resources.IResource.PROJECT).isOK()) {
            problem = ResourcesPlugin.getWorkspace().validateName(name.getText().strip(), org.eclipse.core.resources.IResource.PROJECT).getMessage();
        } else if (ResourcesPlugin.getWorkspace().getRoot().getProject(name.getText().strip()).exists()) {
            problem = "The workspace already has a project named " + name.getText().strip() + ".";
        } else if (folder.getText().isBlank()) {
            problem = "Choose the folder for the models.";
        } else if (!CloneFromServerWizard.isUsable(Path.of(folder.getText().strip()))) {
            problem = "The folder " + folder.getText().strip() + " is not empty; choose a new or empty folder.";
        }
        if (problem != null || getErrorMessage() == null || chosen() != null) {
            setErrorMessage(problem);
        }
        setPageComplete(problem == null && chosen() != null);
    }

    SyncClient.ProjectMembership chosen() {
        return projects == null ? null : (SyncClient.ProjectMembership) ((IStructuredSelection) projects.getSelection()).getFirstElement();
    }

    String server() {
        return server.getText().strip();
    }

    String user() {
        return user.getText().strip();
    }

    String password() {
        return password.getText();
    }

    String projectName() {
        return name.getText().strip();
    }

    Path folder() {
        return Path.of(folder.getText().strip());
    }
}
