package org.dovetail.importer.ui;

import org.dovetail.importer.xes.XesImporter;

/** File > Import... > Dovetail > XES Event Log. */
public final class XesImportWizard extends ModelImportWizard {

    public XesImportWizard() {
        super(XesImporter.ID, true);
    }
}
