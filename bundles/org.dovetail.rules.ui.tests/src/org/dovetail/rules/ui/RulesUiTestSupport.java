package org.dovetail.rules.ui;

import java.util.function.BooleanSupplier;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.Element;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.workbench.ExampleProject;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** Helpers for the rules UI tests on top of {@code org.dovetail.ui.testing}: open the example, wait until validation settles, find things. */
public final class RulesUiTestSupport {

    private RulesUiTestSupport() {
    }

    public static IWorkbenchPage page() {
        return UiWait.page();
    }

    /** Opens the supplier invoice example of the example project in the Dovetail editor. */
    public static DovetailEditor openSupplierInvoiceModel() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        try {
            DovetailEditor editor = (DovetailEditor) IDE.openEditor(page(), ExampleProject.supplierInvoiceModel(), true);
            processEvents();
            return editor;
        } catch (PartInitException e) {
            throw new AssertionError("The supplier invoice example does not open", e);
        }
    }

    /** Processes UI events until the condition holds; fails after 30 s. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        UiWait.until(what, condition);
    }

    public static void processEvents() {
        UiWait.processEvents();
    }

    /** Waits until no run is scheduled or going and a result is there. */
    public static void awaitValidation(ModelValidation validation) {
        waitUntil("validation has settled", () -> !validation.isRunning() && validation.result() != null);
    }

    /** The finding of {@code ruleId} on {@code element} in the latest result, or {@code null}. */
    public static RuleFinding finding(ModelValidation validation, String ruleId, EObject element) {
        return validation.result().findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && f.element() == element).findFirst().orElse(null);
    }

    /** The element of the model with this name (and of this class, or a subclass). */
    public static <T extends Element> T named(DovetailEditor editor, Class<T> type, String name) {
        TreeIterator<EObject> contents = editor.getResource().getAllContents();
        while (contents.hasNext()) {
            if (contents.next() instanceof Element element && type.isInstance(element) && name.equals(element.getName())) {
                return type.cast(element);
            }
        }
        throw new AssertionError("The example model has no " + type.getSimpleName() + " named " + name);
    }
}
