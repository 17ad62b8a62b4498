/**
 * The Findings view: the findings of the active Dovetail editor's model in a sortable, filterable table, the
 * explanation and remediation of the selected one, "show in editor", and the waive dialog whose waiver enters the
 * model through an undoable command. Internal to the workbench.
 */
package org.dovetail.rules.ui.findings;
