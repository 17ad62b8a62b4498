package org.dovetail.workbench.wizards;

import java.io.IOException;
import java.util.Map;

import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File &gt; New &gt; Dovetail Model: an empty model (process domain, digital domain, governance) opened in the editor. */
public final class NewModelWizard extends Wizard implements INewWizard {

    public static final String ID = "org.dovetail.workbench.wizards.newModel";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;

    @Override
    public void init(IWorkbench workbenchToUse, IStructuredSelection currentSelection) {
        this.workbench = workbenchToUse;
        this.selection = currentSelection;
        setWindowTitle("New Dovetail Model");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection);
        filePage.setTitle("Dovetail Model");
        filePage.setDescription("A new model with an empty process domain, digital domain and governance.");
        filePage.setFileExtension("dovetail");
        filePage.setFileName("model.dovetail");
        addPage(filePage);
    }

    @Override
    public boolean performFinish() {
        IPath path = filePage.getContainerFullPath().append(filePage.getFileName());
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        try {
            write(file, modelName(file));
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
            return true;
        } catch (IOException | PartInitException e) {
            ErrorDialog.openError(getShell(), "New Dovetail Model", "Could not create " + path,
                    Status.error(e.getMessage(), e));
            return false;
        }
    }

    /** Writes an empty model named {@code name} to {@code file} (which must not exist). */
    public static void write(IFile file, String name) throws IOException {
        DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
        model.setName(name);
        model.setVersion("1");
        model.setProcessDomain(ProcessFactory.eINSTANCE.createProcessDomain());
        model.setDigitalDomain(DigitalFactory.eINSTANCE.createDigitalDomain());
        model.setGovernance(GovernanceFactory.eINSTANCE.createGovernanceModel());
        Resource resource = DovetailResources.newResourceSet()
                .createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        resource.getContents().add(model);
        resource.save(Map.of());
        try {
            file.refreshLocal(0, null);
        } catch (CoreException e) {
            throw new IOException("Wrote " + file.getFullPath() + " but the workspace does not see it: " + e.getMessage(), e);
        }
    }

    private static String modelName(IFile file) {
        String base = file.getName().substring(0, file.getName().length() - file.getFileExtension().length() - 1);
        return base.isEmpty() ? "Model" : Character.toUpperCase(base.charAt(0)) + base.substring(1).replace('-', ' ');
    }
}
