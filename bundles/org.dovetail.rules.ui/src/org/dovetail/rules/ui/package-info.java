/**
 * The rule engine in the workbench: validation of the model an editor holds (on demand and, debounced, after every
 * change), problem overlays in the editor's tree, and the Validate command. The Findings view and the preference page
 * live in {@code .findings} and {@code .preferences}. Everything here runs the headless engine of
 * {@code org.dovetail.rules}; this bundle adds only the user interface.
 */
package org.dovetail.rules.ui;
