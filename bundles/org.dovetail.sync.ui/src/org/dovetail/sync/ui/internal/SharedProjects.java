package org.dovetail.sync.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.client.SyncException;
import org.dovetail.sync.client.SyncState;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.protocol.ProtocolException;
import org.dovetail.sync.protocol.ProtocolJson;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;

/** Workspace projects as sync folders: the project's location is the folder, {@code .dovetail-sync/} its state. */
public final class SharedProjects {

    private SharedProjects() {
    }

    public static Path folder(IProject project) {
        if (project.getLocation() == null) {
            throw new SyncException("project " + project.getName() + " is not on the local file system");
        }
        return project.getLocation().toPath();
    }

    public static boolean isShared(IProject project) {
        return project.isAccessible() && project.getLocation() != null
                && Files.isRegularFile(folder(project).resolve(ProjectFolder.SYNC_FOLDER).resolve("state.json"));
    }

    /** The sync state of a shared project (server, server project, base revision). */
    public static SyncState state(IProject project) throws IOException {
        Path file = folder(project).resolve(ProjectFolder.SYNC_FOLDER).resolve("state.json");
        try {
            return ProtocolJson.read(Files.readAllBytes(file), SyncState.class);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SyncException("project " + project.getName() + " is not shared; use Sync > Share Project… first");
        } catch (ProtocolException e) {
            throw new SyncException("unreadable sync state " + file + ": " + e.getMessage());
        }
    }

    /** Opens the synchroniser of a shared project with the stored credentials of its server. Job thread only. */
    public static Synchronizer open(IProject project) throws IOException {
        SyncState state = state(project);
        return Synchronizer.open(folder(project), ServerAccounts.client(state.server()));
    }

    /** The project of the first selected resource (or element of a file), or null. */
    public static IProject projectOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
            if (resource != null) {
                return resource.getProject();
            }
        }
        return null;
    }

    /** The project of the file an editor shows, or null. */
    public static IProject projectOf(IEditorPart editor) {
        IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        return file == null ? null : file.getProject();
    }
}
