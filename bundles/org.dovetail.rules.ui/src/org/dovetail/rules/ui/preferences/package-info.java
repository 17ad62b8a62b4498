/**
 * Window &gt; Preferences &gt; Dovetail &gt; Rules: the project's rule configuration, kept in its {@code .dovetailrules}
 * file so that the workbench, the command line and the server validate alike. Internal to the workbench.
 */
package org.dovetail.rules.ui.preferences;
