package org.dovetail.sync.ui.internal.status;

import java.util.function.Consumer;

import org.dovetail.sync.ui.SyncUi;
import org.dovetail.sync.ui.internal.SharedProjects;
import org.dovetail.sync.ui.internal.SyncCommandHandler;
import org.dovetail.sync.ui.internal.SyncStatus;
import org.dovetail.sync.ui.internal.SyncStatuses;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/**
 * The sync state of the current project in the status bar: not shared, in sync, N local change sets, offline with
 * change sets kept, conflicts. It follows the active editor and the selected project; a click opens the History view.
 */
public final class SyncStatusContribution extends WorkbenchWindowControlContribution {

    private CLabel label;
    private IProject project;
    private final Consumer<IProject> statusListener = changed -> {
        if (changed.equals(project)) {
            show();
        }
    };
    private final ISelectionListener selectionListener = (part, selection) -> {
        IProject selected = SharedProjects.projectOf(selection);
        if (selected != null) {
            follow(selected);
        }
    };
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof org.eclipse.ui.IEditorPart editor) {
                IProject ofEditor = SharedProjects.projectOf(editor);
                if (ofEditor != null) {
                    follow(ofEditor);
                }
            }
        }
    };

    @Override
    protected Control createControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(holder);
        label = new CLabel(holder, SWT.SHADOW_NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, SWT.DEFAULT).applyTo(label);
        label.setData("org.dovetail.sync.ui.status", Boolean.TRUE);
        label.addListener(SWT.MouseUp, e -> openHistory());
        IWorkbenchWindow window = getWorkbenchWindow();
        window.getSelectionService().addPostSelectionListener(selectionListener);
        window.getPartService().addPartListener(partListener);
        SyncStatuses.addListener(statusListener);
        label.addDisposeListener(e -> {
            SyncStatuses.removeListener(statusListener);
            window.getSelectionService().removePostSelectionListener(selectionListener);
            window.getPartService().removePartListener(partListener);
        });
        project = window.getActivePage() != null && window.getActivePage().getActiveEditor() != null
                ? SharedProjects.projectOf(window.getActivePage().getActiveEditor()) : null;
        if (project == null) {
            project = SyncCommandHandler.onlySharedProject();
        }
        show();
        return holder;
    }

    private void follow(IProject next) {
        if (!next.equals(project)) {
            project = next;
            show();
        }
    }

    private void show() {
        if (label == null || label.isDisposed()) {
            return;
        }
        SyncStatus status = SyncStatuses.of(project);
        String prefix = project == null || status.kind() == SyncStatus.Kind.NOT_SHARED ? "" : project.getName() + ": ";
        String marks = org.dovetail.sync.ui.internal.decorations.IncomingChanges.summary(project,
                status.kind() == SyncStatus.Kind.CONFLICTS);
        String retrying = status.kind() == SyncStatus.Kind.OFFLINE && org.dovetail.sync.ui.internal.OfflineRetry.isWaiting(project)
                ? " \u00b7 retrying" : "";
        String earlier = org.dovetail.sync.ui.internal.OfflineRetry.note(project);
        String note = earlier.isEmpty() || status.kind() == SyncStatus.Kind.OFFLINE ? "" : " \u00b7 " + earlier;
        long newer = status.kind() == SyncStatus.Kind.NOT_SHARED ? 0 : org.dovetail.sync.ui.internal.ServerWatch.newer(project);
        String onServer = newer == 0 ? "" : " \u00b7 " + newer + " new on server";
        // "In sync" would say too much while the server has more: then only the base revision is shown.
        String text = newer > 0 && status.kind() == SyncStatus.Kind.IN_SYNC ? "r" + status.baseRevision() : status.text();
        label.setText(prefix + text + retrying + note + onServer + (marks.isEmpty() ? "" : " \u00b7 " + marks));
        label.setToolTipText(status.tooltip() + (earlier.isEmpty() ? "" : "\n" + org.dovetail.sync.ui.internal.OfflineRetry.longNote(project))
                + (newer == 0 ? "" : "\nThe server has " + SyncStatus.plural((int) newer, "revision") + " you do not have yet: Sync > Update")
                + (marks.isEmpty() ? "" : "\nMarked in the model tree: " + marks)
                + "\n(click for the history)");
        label.setImage(image(status.kind()));
        label.getParent().layout(true);
    }

    private static Image image(SyncStatus.Kind kind) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (kind) {
        case NOT_SHARED -> null;
        case IN_SYNC -> images.getImage(ISharedImages.IMG_ELCL_SYNCED);
        case LOCAL_CHANGES, WORKING -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
        case OFFLINE -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        case CONFLICTS, FAILED -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        };
    }

    private void openHistory() {
        try {
            getWorkbenchWindow().getActivePage().showView(SyncUi.HISTORY_VIEW);
        } catch (PartInitException e) {
            // The view is part of this bundle; it opens.
        }
    }

    /** For tests: the text shown now. */
    public String text() {
        return label.getText();
    }
}
