package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.ui.findings.FindingsBreakdownView;
import org.dovetail.rules.ui.findings.WaiversView;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.dovetail.workbench.wizards.NewModelWizard;
import org.dovetail.workbench.wizards.NewProjectWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** File &gt; New wizards and the two perspectives. */
@ExtendWith(ScreenshotOnFailure.class)
class WizardsAndPerspectivesTest {

    private IProject created;

    @AfterEach
    void cleanUp() throws Exception {
        page().closeAllEditors(false);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(DovetailPerspective.ID, window);
        if (created != null && created.exists()) {
            created.delete(true, true, null);
        }
    }

    @Test
    void newModelWizardWritesAnEmptyModelAndOpensIt() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(ExampleProject.project()));
        WizardDialog dialog = open(wizard);
        UiActions.setText(Widgets.labelled(dialog.getShell(), Text.class, "File name"), "claims-handling");
        UiActions.click(Widgets.button(dialog.getShell(), "Finish"));

        IFile file = ExampleProject.project().getFile("claims-handling.dovetail");
        try {
            assertTrue(file.exists(), "the model file is written (the extension is added)");
            DovetailEditor editor = assertInstanceOf(DovetailEditor.class, page().getActiveEditor(), "and opened");
            DovetailModel model = (DovetailModel) editor.getResource().getContents().get(0);
            assertEquals("Claims handling", model.getName());
            assertNotNull(model.getProcessDomain());
            assertNotNull(model.getDigitalDomain());
            assertNotNull(model.getGovernance());
        } finally {
            page().closeAllEditors(false);
            file.delete(true, null);
        }
    }

    @Test
    void newProjectWizardCopiesTheChosenExample() throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = open(wizard);
        UiActions.setText(Widgets.labelled(dialog.getShell(), Text.class, "Project name"), "IT change");
        UiActions.click(Widgets.button(dialog.getShell(), "The example it-change-enablement.dovetail"));
        UiActions.click(Widgets.button(dialog.getShell(), "Finish"));

        created = ResourcesPlugin.getWorkspace().getRoot().getProject("IT change");
        assertTrue(created.exists());
        assertTrue(created.getFile("it-change-enablement.dovetail").exists(), "the example is copied");
        assertEquals("it-change-enablement.dovetail", page().getActiveEditor().getEditorInput().getName(), "and opened");
    }

    @Test
    void governancePerspectiveGroupsFindingsAndListsWaivers() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        DovetailEditor editor = (DovetailEditor) IDE.openEditor(page(), ExampleProject.supplierInvoiceModel(), true);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(GovernancePerspective.ID, window);
        page().activate(editor);
        FindingsBreakdownView breakdown = assertInstanceOf(FindingsBreakdownView.class, page().findView(GovernancePerspective.FINDINGS_BREAKDOWN));
        WaiversView waivers = assertInstanceOf(WaiversView.class, page().findView(GovernancePerspective.WAIVERS));
        assertNotNull(page().findView(DovetailPerspective.FINDINGS));
        assertNotNull(page().findView(IPageLayout.ID_PROP_SHEET));

        UiWait.until("the findings are grouped", () -> !breakdown.groups().isEmpty());
        int total = breakdown.groups().stream().mapToInt(group -> group.findings().size()).sum();
        breakdown.setGrouping(FindingsBreakdownView.Grouping.OWNER);
        assertEquals(total, breakdown.groups().stream().mapToInt(group -> group.findings().size()).sum(),
                "grouping by owner shows the same findings");
        assertFalse(breakdown.groups().isEmpty());

        DovetailModel model = (DovetailModel) editor.getResource().getContents().get(0);
        java.util.List<Waiver> expected = model.getGovernance().getWaivers();
        assertEquals(expected, waivers.waivers(), "the Waivers view lists the model's waivers");
    }

    private static WizardDialog open(org.eclipse.jface.wizard.IWizard wizard) {
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWait.processEvents();
        return dialog;
    }
}
