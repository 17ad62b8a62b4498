package org.dovetail.rules.ui;

/** The ids this bundle contributes to the workbench. */
public final class RulesUi {

    /** The Findings view. */
    public static final String FINDINGS_VIEW_ID = "org.dovetail.rules.ui.findings";

    /** The Validate command (Rules menu, main toolbar, Findings view, Ctrl+Shift+V). */
    public static final String VALIDATE_COMMAND_ID = "org.dovetail.rules.ui.validate";

    /** The preference page of the project's rule configuration. */
    public static final String RULES_PREFERENCE_PAGE_ID = "org.dovetail.rules.ui.preferences.rules";

    static final String BUNDLE_ID = "org.dovetail.rules.ui";

    private RulesUi() {
    }
}
