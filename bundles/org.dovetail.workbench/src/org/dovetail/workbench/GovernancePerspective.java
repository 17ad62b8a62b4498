package org.dovetail.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Governance perspective, for boards reviewing a model: findings grouped by category and by owner beside the
 * editor, the findings list and the waivers below, Properties on the right.
 */
public class GovernancePerspective implements IPerspectiveFactory {

    public static final String ID = "org.dovetail.workbench.governance";

    /** Findings grouped by rule category or by owner (org.dovetail.rules.ui). */
    public static final String FINDINGS_BREAKDOWN = "org.dovetail.rules.ui.findingsBreakdown";

    /** The waivers and accepted risks of the model (org.dovetail.rules.ui). */
    public static final String WAIVERS = "org.dovetail.rules.ui.waivers";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("governance.left", IPageLayout.LEFT, 0.28f, editorArea);
        left.addView(FINDINGS_BREAKDOWN);
        left.addPlaceholder(DovetailPerspective.PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("governance.bottom", IPageLayout.BOTTOM, 0.55f, editorArea);
        bottom.addView(DovetailPerspective.FINDINGS);
        bottom.addView(WAIVERS);
        IFolderLayout right = layout.createFolder("governance.right", IPageLayout.RIGHT, 0.7f, editorArea);
        right.addView(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(FINDINGS_BREAKDOWN);
        layout.addShowViewShortcut(WAIVERS);
        layout.addShowViewShortcut(DovetailPerspective.FINDINGS);
        layout.addShowViewShortcut(DovetailPerspective.PROJECT_EXPLORER);
        DovetailPerspective.addShortcuts(layout);
    }
}
