package org.dovetail.editor.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;

/** The EMF URI of what an editor input points at. */
public final class EditorInputs {

    private EditorInputs() {
    }

    /**
     * Workspace files become {@code platform:/resource} URIs, so that references between model
     * files in the workspace resolve and saving goes through the workspace.
     */
    public static URI toUri(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput) {
            IFile file = fileInput.getFile();
            return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
        }
        if (input instanceof IURIEditorInput uriInput) {
            return URI.createURI(uriInput.getURI().toString());
        }
        IFile file = input.getAdapter(IFile.class);
        if (file != null) {
            return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
        }
        throw new PartInitException("The Dovetail editor cannot open " + input.getName() + ": it is not a file");
    }
}
