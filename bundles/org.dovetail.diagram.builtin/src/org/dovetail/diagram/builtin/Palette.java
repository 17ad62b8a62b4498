package org.dovetail.diagram.builtin;

/** The colours of the built-in diagrams: calm fills, strong severity colours (so findings stand out on a wall). */
final class Palette {

    static final String INK = "#37414f";
    static final String LANE_FILL = "#fbfcfd";
    static final String LANE_HEADER = "#e4e9f0";
    static final String LANE_BORDER = "#b9c3cf";
    static final String TASK_FILL = "#ffffff";
    static final String TASK_BORDER = "#5b6b7f";
    static final String APPROVAL_FILL = "#e7f0fb";
    static final String APPROVAL_BORDER = "#2f6db5";
    static final String DECISION_FILL = "#fff5db";
    static final String DECISION_BORDER = "#b7860b";
    static final String REVIEW_FILL = "#eaf5ea";
    static final String REVIEW_BORDER = "#3b8a40";
    static final String HANDOFF_FILL = "#f2edf9";
    static final String HANDOFF_BORDER = "#7356a6";
    static final String CHECK_FILL = "#e6f4f3";
    static final String CHECK_BORDER = "#1c7c78";
    static final String EXCEPTION_FILL = "#fdecea";
    static final String EXCEPTION_BORDER = "#c0392b";
    static final String ARTIFACT_FILL = "#fbf3e4";
    static final String ARTIFACT_BORDER = "#8d6e4a";
    static final String STATE_FILL = "#eef3fa";
    static final String STATE_BORDER = "#3f6b9c";
    static final String SYSTEM_FILL = "#f7f9fb";
    static final String SYSTEM_HEADER = "#dfe6ee";
    static final String AUTOMATION_FILL = "#f3ecfa";
    static final String AUTOMATION_BORDER = "#7e57c2";
    static final String ERROR = "#c62828";
    static final String WARNING = "#e68a00";
    static final String INFO = "#1e6fc9";
    static final String UNMAPPED_FILL = "#fff1e0";
    static final String UNMAPPED_BORDER = "#e65100";
    static final String MAPPED = "#4e7d63";
    static final String MUTED = "#8a94a3";
    static final String WORK_AS_DONE = "#8e44ad";
    static final String OWNER = "#2e6b8a";

    private Palette() {
    }
}
