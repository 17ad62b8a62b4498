/**
 * Small behaviours shared by the workbench's dialogs, on plain SWT.
 */
package org.dovetail.edit.ui.widgets;
