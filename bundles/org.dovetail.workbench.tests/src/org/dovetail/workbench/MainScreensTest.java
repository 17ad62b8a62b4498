package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.Screenshots;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.dovetail.workbench.wizards.NewProjectWizard;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks through the main screens as a new user would and saves a screenshot of each (in {@code target/screenshots}),
 * checking on the way that each screen shows what it should: they are looked at to judge how the tool looks.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MainScreensTest {

    @AfterEach
    void close() throws Exception {
        page().closeAllEditors(false);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(DovetailPerspective.ID, window);
    }

    @Test
    void modelingGovernanceAndDialogs() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        DovetailEditor editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), ExampleProject.supplierInvoiceModel(), true));
        ModelValidation validation = ModelValidations.of(editor);
        UiWait.until("the model is validated", () -> !validation.isRunning() && validation.result() != null);
        page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        page().activate(editor);
        UiWait.idle(Duration.ofMillis(500));
        shot("1-modeling-tree");

        editor.showPage(DovetailEditor.OVERVIEW_PAGE);
        UiWait.until("the overview has counted the model", () -> !editor.getOverviewPage().isRefreshing());
        UiWait.idle(Duration.ofMillis(300));
        shot("2-overview");

        editor.showPage(DovetailEditor.MAPPING_PAGE);
        UiWait.until("the mapping page is filled", () -> !editor.getMappingPage().isSummarizing());
        UiWait.idle(Duration.ofMillis(300));
        assertTrue(editor.getMappingPage().mappingTable().getTable().getItemCount() > 0);
        shot("3-mappings");

        editor.showPage(DovetailEditor.TREE_PAGE);
        StepStateMapping mapping = first(editor, StepStateMapping.class);
        editor.getViewer().setSelection(new StructuredSelection(mapping.getStep()), true);
        UiWait.processEvents();
        DialogAnswer delete = DialogAnswer.when("Delete", shell -> {
            UiWait.idle(Duration.ofMillis(300));
            shot("4-delete-dialog");
            UiActions.click(Widgets.button(shell, "Cancel"));
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.delete", null);
        delete.assertAnswered();

        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(GovernancePerspective.ID, window);
        page().activate(editor);
        UiWait.idle(Duration.ofMillis(500));
        assertEquals(GovernancePerspective.ID, page().getPerspective().getId());
        shot("5-governance");

        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWait.idle(Duration.ofMillis(300));
        shot("6-new-project-wizard");
        dialog.close();
    }

    private static void shot(String name) {
        try {
            Path file = Screenshots.capture(name);
            assertTrue(Files.size(file) > 10_000, "a screenshot with content: " + file);
            System.out.println("Screenshot: " + file);
        } catch (java.io.IOException e) {
            throw new AssertionError("Could not save the screenshot " + name, e);
        }
    }

    private static <T> T first(DovetailEditor editor, Class<T> type) {
        for (TreeIterator<EObject> all = editor.getResource().getAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        throw new AssertionError("The example has no " + type.getSimpleName());
    }
}
