package org.dovetail.rules.ui;

import static org.dovetail.rules.ui.RulesUiTestSupport.awaitValidation;
import static org.dovetail.rules.ui.RulesUiTestSupport.finding;
import static org.dovetail.rules.ui.RulesUiTestSupport.named;
import static org.dovetail.rules.ui.RulesUiTestSupport.page;
import static org.dovetail.rules.ui.RulesUiTestSupport.processEvents;
import static org.dovetail.rules.ui.RulesUiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;

import org.dovetail.edit.ui.provider.AdapterFactoryLabelProvider;
import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Element;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.Step;
import org.dovetail.rules.engine.ValidationResult;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.junit.jupiter.api.extension.ExtendWith;

/** The editor's model is validated when it opens and, incrementally, right after each change; the tree shows overlays. */
@ExtendWith(ScreenshotOnFailure.class)
class ValidationAsYouEditTest {

    private static final String STEP_WITHOUT_OWNER = "governance.step-without-owner";

    private DovetailEditor editor;
    private ModelValidation validation;

    @BeforeEach
    void open() throws Exception {
        editor = RulesUiTestSupport.openSupplierInvoiceModel();
        validation = ModelValidations.of(editor);
        awaitValidation(validation);
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void openingAModelValidatesIt() {
        Element transition = named(editor, Element.class, "Post PO-matched invoice");
        assertNotNull(finding(validation, "workflow.approval-skip-path", transition), "the gap of GAPS.md row 3 is found");
        assertTrue(validation.result().checksRun() >= 25, "every built-in check ran: " + validation.result().checksRun());
    }

    @Test
    void anEditThatFixesAFindingRemovesItRightAfterTheCommand() {
        Step release = named(editor, Step.class, "Release to payment run");
        assertNotNull(finding(validation, STEP_WITHOUT_OWNER, release), "the handoff has no owner yet");
        DovetailModel model = (DovetailModel) editor.getResource().getContents().get(0);

        Command giveOwner = SetCommand.create(editor.getEditingDomain(), release, DovetailPackage.Literals.OWNED__OWNER,
                model.getPeople().get(0));
        editor.getEditingDomain().getCommandStack().execute(giveOwner);
        // No event loop, no waiting: the result follows the command at once.
        assertFalse(validation.isRunning(), "no background run is needed");
        assertNull(finding(validation, STEP_WITHOUT_OWNER, release), "an owned step is no longer reported");

        editor.getEditingDomain().getCommandStack().undo();
        assertNotNull(finding(validation, STEP_WITHOUT_OWNER, release), "undo brings the finding back");

        editor.getEditingDomain().getCommandStack().redo();
        assertNull(finding(validation, STEP_WITHOUT_OWNER, release), "redo removes it again");
    }

    @Test
    void aBurstOfEditsEndsInTheResultOfTheLastOne() {
        Step release = named(editor, Step.class, "Release to payment run");
        DovetailModel model = (DovetailModel) editor.getResource().getContents().get(0);
        for (int i = 0; i < 5; i++) {
            editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), release,
                    DovetailPackage.Literals.OWNED__OWNER, i % 2 == 0 ? model.getPeople().get(0) : null));
            boolean owned = i % 2 == 0;
            assertEquals(owned, finding(validation, STEP_WITHOUT_OWNER, release) == null, "after edit " + i);
        }
        assertNull(finding(validation, STEP_WITHOUT_OWNER, release), "the result is that of the last edit (owner set)");
        assertEquals(validation.result().findings(), fullRun().findings(), "the same findings as a full run");
    }

    @Test
    void theValidateCommandRunsInFullInTheBackgroundAndKeepsFollowingEdits() {
        Step release = named(editor, Step.class, "Release to payment run");
        DovetailModel model = (DovetailModel) editor.getResource().getContents().get(0);
        assertNotNull(validation.validateNow(), "a full run is scheduled");
        assertTrue(validation.isRunning(), "the full run is in the background");
        awaitValidation(validation);
        assertEquals(fullRun().findings(), validation.result().findings(), "the full run's result");

        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), release,
                DovetailPackage.Literals.OWNED__OWNER, model.getPeople().get(0)));
        assertNull(finding(validation, STEP_WITHOUT_OWNER, release), "edits after the full run are still followed");
    }

    private ValidationResult fullRun() {
        return ValidationJob.engine(editor.getResource(), new ArrayList<>(), null)
                .validate(editor.getEditingDomain().getResourceSet());
    }

    @Test
    void elementsWithOpenFindingsGetAProblemOverlayInTheTree() {
        Element transition = named(editor, Element.class, "Post PO-matched invoice");
        ILabelProvider labels = (ILabelProvider) editor.getViewer().getLabelProvider();
        Image decorated = labels.getImage(transition);
        AdapterFactoryLabelProvider undecorated = new AdapterFactoryLabelProvider(
                ((AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory());
        try {
            Image plain = undecorated.getImage(transition);
            assertEquals(Severity.ERROR, finding(validation, "workflow.approval-skip-path", transition).severity());
            assertFalse(Arrays.equals(decorated.getImageData().data, plain.getImageData().data), "the icon carries an overlay");
        } finally {
            undecorated.dispose();
        }

        editor.reveal(transition);
        waitUntil("the tree shows the transition", () -> editor.getViewer().testFindItem(transition) != null);
        assertEquals(decorated, ((TreeItem) editor.getViewer().testFindItem(transition)).getImage(), "the tree shows the overlay");
    }

    @Test
    void iconsAndTheirOverlaysAreMadeOnceForEveryEditor() throws Exception {
        Element transition = named(editor, Element.class, "Post PO-matched invoice");
        ILabelProvider labels = (ILabelProvider) editor.getViewer().getLabelProvider();
        Image decorated = labels.getImage(transition);
        AdapterFactoryLabelProvider first = new AdapterFactoryLabelProvider(
                ((AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory());
        AdapterFactoryLabelProvider second = new AdapterFactoryLabelProvider(
                ((AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory());
        Image plain = first.getImage(transition);
        assertSame(plain, second.getImage(transition), "one image per icon, whichever label provider asks");
        first.dispose();
        second.dispose();
        assertFalse(plain.isDisposed(), "the display's icons outlive a label provider");

        // A second editor's decorator (its own ModelValidation) gives the same overlaid icon, not a new one.
        page().closeAllEditors(false);
        processEvents();
        editor = RulesUiTestSupport.openSupplierInvoiceModel();
        validation = ModelValidations.of(editor);
        awaitValidation(validation);
        processEvents();
        Element again = named(editor, Element.class, "Post PO-matched invoice");
        assertSame(decorated, ((ILabelProvider) editor.getViewer().getLabelProvider()).getImage(again));
        assertFalse(decorated.isDisposed(), "closing an editor leaves the shared overlay icons alone");
    }
}
