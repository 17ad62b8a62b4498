package org.dovetail.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Modeling perspective: Project Explorer and Outline on the left, the model editors in the middle, Findings and
 * Properties below them.
 */
public class DovetailPerspective implements IPerspectiveFactory {

    public static final String ID = "org.dovetail.workbench.perspective";

    /** The resource navigator of org.eclipse.ui.navigator.resources. */
    public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    /** The findings of the rule engine (org.dovetail.rules.ui). */
    public static final String FINDINGS = "org.dovetail.rules.ui.findings";

    static final String NEW_PROJECT_WIZARD = "org.dovetail.workbench.wizards.newProject";
    static final String NEW_MODEL_WIZARD = "org.dovetail.workbench.wizards.newModel";

    /** The wizards and perspectives both perspectives offer in File &gt; New and Window. */
    static void addShortcuts(IPageLayout layout) {
        layout.addNewWizardShortcut(NEW_PROJECT_WIZARD);
        layout.addNewWizardShortcut(NEW_MODEL_WIZARD);
        layout.addPerspectiveShortcut(ID);
        layout.addPerspectiveShortcut(GovernancePerspective.ID);
    }

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(PROJECT_EXPLORER);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.55f, "left");
        // Findings and Properties side by side: a finding shown in the editor shows its element's properties at once.
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editorArea);
        bottom.addView(FINDINGS);
        IFolderLayout properties = layout.createFolder("properties", IPageLayout.RIGHT, 0.66f, "bottom");
        properties.addView(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(FINDINGS);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        DovetailPerspective.addShortcuts(layout);
    }
}
