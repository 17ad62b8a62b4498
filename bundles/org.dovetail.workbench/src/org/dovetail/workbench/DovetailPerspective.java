package org.dovetail.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Project Explorer on the left, the model editors in the middle, Findings and Properties below them. */
public class DovetailPerspective implements IPerspectiveFactory {

    public static final String ID = "org.dovetail.workbench.perspective";

    /** The resource navigator of org.eclipse.ui.navigator.resources. */
    public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    /** The findings of the rule engine (org.dovetail.rules.ui). */
    public static final String FINDINGS = "org.dovetail.rules.ui.findings";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.25f, editorArea);
        // Findings and Properties side by side: a finding shown in the editor shows its element's properties at once.
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editorArea);
        bottom.addView(FINDINGS);
        IFolderLayout properties = layout.createFolder("properties", IPageLayout.RIGHT, 0.66f, "bottom");
        properties.addView(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(FINDINGS);
    }
}
