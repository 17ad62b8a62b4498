package org.dovetail.importer.ui;

import org.dovetail.importer.bpmn.BpmnImporter;

/** File > Import... > Dovetail > BPMN Process. */
public final class BpmnImportWizard extends ModelImportWizard {

    public BpmnImportWizard() {
        super(BpmnImporter.ID, false);
    }
}
