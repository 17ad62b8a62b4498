package org.dovetail.sync.ui.internal.wizards;

import java.nio.file.Path;

import org.dovetail.sync.client.SyncClient;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Page 3 of the clone wizard: the workspace project's name (proposed from the server project's) and the folder the
 * models go to (in the workspace unless the user chooses another new or empty one).
 */
final class CloneTargetPage extends CloneWizardPage {

    private final ServerProjectsPage projects;
    private Text name;
    private Text folder;
    private boolean folderEdited;
    private boolean settingFolder;
    private SyncClient.ProjectMembership proposedFor;

    CloneTargetPage(ServerProjectsPage projects) {
        super("target", "Into the Workspace", "The workspace project and the folder for the checked-out models.");
        this.projects = projects;
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        name = field(area, "Project name:");
        new Label(area, SWT.NONE);
        folder = field(area, "Folder:");
        Button browse = new Button(area, SWT.PUSH);
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
                settingFolder = true;
                try {
                    folder.setText(defaultFolder(name.getText().strip()));
                } finally {
                    settingFolder = false;
                }
            }
            validate();
        });
        folder.addModifyListener(e -> {
            folderEdited |= !settingFolder;
            validate();
        });
        setControl(area);
    }

    private static Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text field = new Text(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(field);
        return field;
    }

    @Override
    public void setVisible(boolean visible) {
        SyncClient.ProjectMembership chosen = projects.chosen();
        if (visible && chosen != null && chosen != proposedFor) {
            proposedFor = chosen; // another project chosen on page 2: propose its name again
            name.setText(chosen.name() == null || chosen.name().isBlank() ? chosen.id() : chosen.name());
        }
        super.setVisible(visible);
        if (visible) {
            name.setFocus();
        }
    }

    private static String defaultFolder(String projectName) {
        return projectName.isBlank() ? "" : ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(projectName).toString();
    }

    private void validate() {
        String problem = null;
        String project = name.getText().strip();
        IStatus valid = ResourcesPlugin.getWorkspace().validateName(project, IResource.PROJECT);
        if (project.isEmpty()) {
            problem = "Enter a name for the workspace project.";
        } else if (!valid.isOK()) {
            problem = valid.getMessage();
        } else if (ResourcesPlugin.getWorkspace().getRoot().getProject(project).exists()) {
            problem = "The workspace already has a project named " + project + "; choose another name.";
        } else if (folder.getText().isBlank()) {
            problem = "Choose the folder for the models.";
        } else if (!CloneFromServerWizard.isUsable(Path.of(folder.getText().strip()))) {
            problem = "The folder " + folder.getText().strip() + " is not empty; choose a new or empty folder.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    String projectName() {
        return name.getText().strip();
    }

    Path folder() {
        return Path.of(folder.getText().strip());
    }
}
