package org.dovetail.importer.ui;

import org.dovetail.importer.csv.CsvImporter;

/** File > Import... > Dovetail > CSV Event Log. */
public final class CsvImportWizard extends ModelImportWizard {

    public CsvImportWizard() {
        super(CsvImporter.ID, true);
    }
}
