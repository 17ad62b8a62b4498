package org.dovetail.workbench;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Project Explorer on the left, the model editors in the middle, Properties below them. */
public class DovetailPerspective implements IPerspectiveFactory {

    public static final String ID = "org.dovetail.workbench.perspective";

    /** The resource navigator of org.eclipse.ui.navigator.resources. */
    public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.25f, editorArea);
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.62f, editorArea);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
