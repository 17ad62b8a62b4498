/** The import wizards (File > Import... > Dovetail): BPMN process and XES event log, on the headless importers. */
package org.dovetail.importer.ui;
