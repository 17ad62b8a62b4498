package org.dovetail.workbench;

import java.util.List;

import org.eclipse.ui.IPageListener;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;

/**
 * Hides the action sets that the plain text editor and the IDE bring along (they come in as dependencies of platform
 * bundles the product needs): Convert Line Delimiters To, annotation and edit-position navigation, Open File. They act
 * on text files, not on Dovetail models. Action sets are per perspective, so each page and perspective gets it, also
 * after a reset. (An activity does not filter action sets in the e4 workbench; it still hides the Untitled Text File
 * wizard, see plugin.xml.)
 */
final class TextEditorLeftovers {

    static final List<String> ACTION_SETS = List.of("org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo",
            "org.eclipse.ui.edit.text.actionSet.annotationNavigation", "org.eclipse.ui.edit.text.actionSet.navigation",
            "org.eclipse.ui.actionSet.openFiles");

    private TextEditorLeftovers() {
    }

    static void hideIn(IWorkbenchWindow window) {
        window.addPageListener(new IPageListener() {
            @Override
            public void pageOpened(IWorkbenchPage page) {
                hide(page);
            }

            @Override
            public void pageActivated(IWorkbenchPage page) {
                hide(page);
            }

            @Override
            public void pageClosed(IWorkbenchPage page) {
                // nothing to undo
            }
        });
        window.addPerspectiveListener(new PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
                hide(page);
            }

            @Override
            public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
                if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
                    hide(page);
                }
            }
        });
        if (window.getActivePage() != null) {
            hide(window.getActivePage());
        }
    }

    private static void hide(IWorkbenchPage page) {
        ACTION_SETS.forEach(page::hideActionSet);
    }
}
