package org.dovetail.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.FrameworkUtil;

/**
 * The editors of the last session come back after the window, not inside it: the workbench closes editors on exit
 * (its "close editors on exit" preference, on by default here), this class remembers which files they showed, and
 * reopens them one per turn of the event loop once the window is up. Restored by the workbench itself, the visible
 * model editor was built (model loaded, tree filled, validation started) before the window's first paint: about 2 s
 * of CPU of a 5 s start (measured with start-time.sh). A user who turns the preference off gets the workbench's own
 * restore, and nothing is reopened twice.
 */
final class ReopenedEditors {

    private static final String FILE_NAME = "open-editors.txt";

    private ReopenedEditors() {
    }

    /** Called by the advisor's initialize: editors close on exit unless the user chose otherwise. */
    static void closeEditorsOnExitByDefault() {
        PlatformUI.getPreferenceStore().setDefault(IWorkbenchPreferenceConstants.CLOSE_EDITORS_ON_EXIT, true);
    }

    /** Called before the workbench closes: the workspace files of the active page's editors, the active one last. */
    static void remember(IWorkbench workbench) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        List<String> paths = new ArrayList<>();
        String active = null;
        for (IEditorReference reference : page.getEditorReferences()) {
            String path = pathOf(reference);
            if (path != null && !paths.contains(path)) {
                paths.add(path);
                if (page.getActiveEditor() != null && reference.getPart(false) == page.getActiveEditor()) {
                    active = path;
                }
            }
        }
        if (active != null) {
            paths.remove(active);
            paths.add(active);
        }
        try {
            Files.write(store(), paths, StandardCharsets.UTF_8);
        } catch (IOException | IllegalStateException e) {
            ILog.of(ReopenedEditors.class).warn("Could not remember the open editors", e);
        }
    }

    /**
     * Reopens the files remembered at the last exit that still exist, one per turn of the event loop (the last one
     * active). False if there were none, so the caller may open something else.
     */
    static boolean reopen(IWorkbenchPage page) {
        List<IFile> files = new ArrayList<>();
        try {
            Path store = store();
            if (!Files.isRegularFile(store)) {
                return false;
            }
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                IFile file = line.isBlank() ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(line));
                if (file != null && file.exists()) {
                    files.add(file);
                }
            }
        } catch (IOException | IllegalStateException e) {
            ILog.of(ReopenedEditors.class).warn("Could not read the editors to reopen", e);
            return false;
        }
        if (files.isEmpty() || page.getEditorReferences().length > 0) {
            return false;
        }
        openInTurns(page, files, 0);
        return true;
    }

    private static void openInTurns(IWorkbenchPage page, List<IFile> files, int index) {
        if (index >= files.size() || PlatformUI.getWorkbench().isClosing()) {
            return;
        }
        try {
            IDE.openEditor(page, files.get(index), index == files.size() - 1);
        } catch (CoreException e) {
            ILog.of(ReopenedEditors.class).log(e.getStatus());
        }
        Display.getCurrent().asyncExec(() -> openInTurns(page, files, index + 1));
    }

    private static String pathOf(IEditorReference reference) {
        try {
            IEditorInput input = reference.getEditorInput();
            return input instanceof IFileEditorInput file ? file.getFile().getFullPath().toPortableString() : null;
        } catch (PartInitException e) {
            return null;
        }
    }

    private static Path store() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(ReopenedEditors.class)).append(FILE_NAME).toPath();
    }
}
