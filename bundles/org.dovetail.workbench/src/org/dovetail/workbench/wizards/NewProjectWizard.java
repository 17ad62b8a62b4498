package org.dovetail.workbench.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.workbench.ExampleProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/** File &gt; New &gt; Dovetail Project: an empty project with one empty model, or a copy of an example. */
public final class NewProjectWizard extends Wizard implements INewWizard {

    public static final String ID = "org.dovetail.workbench.wizards.newProject";
    static final String EMPTY = "An empty model";

    private IWorkbench workbench;
    private ProjectPage page;

    @Override
    public void init(IWorkbench workbenchToUse, IStructuredSelection selection) {
        this.workbench = workbenchToUse;
        setWindowTitle("New Dovetail Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new ProjectPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        String start = page.start();
        IFile[] opened = new IFile[1];
        WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
                if (!page.useDefaults()) {
                    description.setLocationURI(page.getLocationURI());
                }
                project.create(description, monitor);
                project.open(monitor);
                if (EMPTY.equals(start)) {
                    opened[0] = project.getFile("model.dovetail");
                    try {
                        NewModelWizard.write(opened[0], project.getName());
                    } catch (java.io.IOException e) {
                        throw new CoreException(Status.error(e.getMessage(), e));
                    }
                } else {
                    opened[0] = ExampleProject.copyExample(start, project, monitor);
                }
            }
        };
        try {
            getContainer().run(false, true, create);
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), opened[0], true);
            return true;
        } catch (InvocationTargetException | PartInitException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            ErrorDialog.openError(getShell(), "New Dovetail Project", "Could not create " + project.getName(),
                    Status.error(String.valueOf(cause.getMessage()), cause));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Name and location, then what the project starts with. */
    private static final class ProjectPage extends WizardNewProjectCreationPage {

        private final List<Button> choices = new ArrayList<>();

        ProjectPage() {
            super("project");
            setTitle("Dovetail Project");
            setDescription("A project for models: start empty, or from one of the examples to learn from.");
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            Composite control = (Composite) getControl();
            Group startWith = new Group(control, SWT.NONE);
            startWith.setText("Start with");
            startWith.setLayout(new GridLayout(1, false));
            startWith.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            List<String> options = new ArrayList<>();
            options.add(EMPTY);
            try {
                options.addAll(ExampleProject.exampleModels());
            } catch (CoreException e) {
                setMessage("The examples are not installed: " + e.getMessage(), WARNING);
            }
            for (String option : options) {
                Button choice = new Button(startWith, SWT.RADIO);
                choice.setText(EMPTY.equals(option) ? option : "The example " + option);
                choice.setData(option);
                choice.setSelection(choices.isEmpty());
                choices.add(choice);
            }
        }

        String start() {
            return choices.stream().filter(Button::getSelection).map(b -> (String) b.getData()).findFirst().orElse(EMPTY);
        }
    }
}
