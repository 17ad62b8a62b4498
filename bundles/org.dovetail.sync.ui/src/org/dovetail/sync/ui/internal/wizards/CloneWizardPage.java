package org.dovetail.sync.ui.internal.wizards;

import org.eclipse.jface.wizard.WizardPage;

/** A page of the clone wizard: each starts incomplete, so Next and Finish wait for what the page asks. */
abstract class CloneWizardPage extends WizardPage {

    CloneWizardPage(String name, String title, String description) {
        super(name, title, null);
        setDescription(description);
        setPageComplete(false);
    }
}
