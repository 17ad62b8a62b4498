package org.dovetail.rules.ui;

import org.eclipse.ui.IPageListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Validation as you edit: starts the validation of every Dovetail editor that is open or opens. */
public final class ValidationStartup implements IStartup {

    private static final IPartListener2 EDITOR_OPENED = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            ModelValidations.ofPart(ref.getPart(false));
        }
    };

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            workbench.addWindowListener(new IWindowListener() {
                @Override
                public void windowOpened(IWorkbenchWindow window) {
                    watch(window);
                }

                @Override
                public void windowActivated(IWorkbenchWindow window) {
                }

                @Override
                public void windowDeactivated(IWorkbenchWindow window) {
                }

                @Override
                public void windowClosed(IWorkbenchWindow window) {
                }
            });
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                watch(window);
            }
        });
    }

    private static void watch(IWorkbenchWindow window) {
        window.addPageListener(new IPageListener() {
            @Override
            public void pageOpened(IWorkbenchPage page) {
                watch(page);
            }

            @Override
            public void pageActivated(IWorkbenchPage page) {
            }

            @Override
            public void pageClosed(IWorkbenchPage page) {
            }
        });
        for (IWorkbenchPage page : window.getPages()) {
            watch(page);
        }
    }

    private static void watch(IWorkbenchPage page) {
        page.addPartListener(EDITOR_OPENED);
        for (var ref : page.getEditorReferences()) {
            ModelValidations.ofPart(ref.getEditor(false));
        }
    }
}
