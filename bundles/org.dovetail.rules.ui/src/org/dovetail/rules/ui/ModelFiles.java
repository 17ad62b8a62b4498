package org.dovetail.rules.ui;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** Where a model resource lives: in the workspace, on disk. */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** The workspace file of a {@code platform:/resource} model, or {@code null}. */
    public static IFile workspaceFile(Resource resource) {
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isPlatformResource()) {
            return null;
        }
        return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true)));
    }

    /** The model's file on disk, or {@code null} when it has none. */
    public static Path path(Resource resource) {
        IFile file = workspaceFile(resource);
        if (file != null) {
            IPath location = file.getLocation();
            return location == null ? null : location.toPath();
        }
        URI uri = resource == null ? null : resource.getURI();
        return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
    }
}
