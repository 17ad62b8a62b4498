package org.dovetail.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/**
 * The example project a new user finds in an empty workspace: the models shipped in
 * {@code org.dovetail.examples/models}, copied into a project named {@value #NAME}.
 */
public final class ExampleProject {

    public static final String NAME = "Dovetail Examples";
    public static final String SUPPLIER_INVOICE_MODEL = "supplier-invoice-approval.dovetail";

    static final String EXAMPLES_BUNDLE = "org.dovetail.examples";
    private static final String MODELS_FOLDER = "models";

    private ExampleProject() {
    }

    /** The supplier invoice model of the example project (it may not exist). */
    public static IFile supplierInvoiceModel() {
        return project().getFile(SUPPLIER_INVOICE_MODEL);
    }

    public static IProject project() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
    }

    /**
     * Creates the example project if the workspace has no project at all; leaves a workspace the
     * user has already set up alone.
     *
     * @return true if the project was created now
     */
    public static boolean createIfWorkspaceEmpty(IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        if (workspace.getRoot().getProjects().length > 0) {
            return false;
        }
        workspace.run(m -> create(project(), m), monitor);
        return true;
    }

    private static void create(IProject project, IProgressMonitor monitor) throws CoreException {
        Bundle examples = Platform.getBundle(EXAMPLES_BUNDLE);
        if (examples == null) {
            throw new CoreException(Status.error("The bundle " + EXAMPLES_BUNDLE + " with the example models is not installed"));
        }
        project.create(monitor);
        project.open(monitor);
        Enumeration<URL> models = examples.findEntries(MODELS_FOLDER, "*.dovetail", false);
        while (models != null && models.hasMoreElements()) {
            URL model = models.nextElement();
            String path = model.getPath();
            IFile file = project.getFile(path.substring(path.lastIndexOf('/') + 1));
            try (InputStream in = model.openStream()) {
                file.create(in, true, monitor);
            } catch (IOException e) {
                throw new CoreException(Status.error("Could not copy the example model " + path, e));
            }
        }
    }
}
