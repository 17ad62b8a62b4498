package org.dovetail.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
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
        project.create(monitor);
        project.open(monitor);
        for (String model : exampleModels()) {
            // A folder prepared by ./dovetail workbench (shared on the local server) already has them.
            if (!project.getFile(model).exists()) {
                copyExample(model, project, monitor);
            }
        }
    }

    /** The file names of the example models shipped with the product, sorted. */
    public static List<String> exampleModels() throws CoreException {
        Enumeration<URL> models = examplesBundle().findEntries(MODELS_FOLDER, "*.dovetail", false);
        List<String> names = new ArrayList<>();
        while (models != null && models.hasMoreElements()) {
            String path = models.nextElement().getPath();
            names.add(path.substring(path.lastIndexOf('/') + 1));
        }
        Collections.sort(names);
        return names;
    }

    /** Copies the example model {@code fileName} into {@code container}, under the same name. */
    public static IFile copyExample(String fileName, IContainer container, IProgressMonitor monitor) throws CoreException {
        URL model = examplesBundle().getEntry(MODELS_FOLDER + "/" + fileName);
        if (model == null) {
            throw new CoreException(Status.error("There is no example model " + fileName));
        }
        IFile file = container.getFile(IPath.fromPortableString(fileName));
        try (InputStream in = model.openStream()) {
            file.create(in, true, monitor);
        } catch (IOException e) {
            throw new CoreException(Status.error("Could not copy the example model " + fileName, e));
        }
        return file;
    }

    private static Bundle examplesBundle() throws CoreException {
        Bundle examples = Platform.getBundle(EXAMPLES_BUNDLE);
        if (examples == null) {
            throw new CoreException(Status.error("The bundle " + EXAMPLES_BUNDLE + " with the example models is not installed"));
        }
        return examples;
    }
}
