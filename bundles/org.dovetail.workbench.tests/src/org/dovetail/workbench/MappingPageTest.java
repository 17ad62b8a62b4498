package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.editor.mapping.MappingPage;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.MappingStatus;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The mapping page: unmapped elements stand out, coverage per process, a drag creates a typed mapping. */
@ExtendWith(ScreenshotOnFailure.class)
class MappingPageTest {

    private DovetailEditor editor;
    private MappingPage mappings;
    private DovetailModel model;

    @BeforeEach
    void openTheMappingPage() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), ExampleProject.supplierInvoiceModel(), true));
        page().activate(editor);
        editor.showPage(DovetailEditor.MAPPING_PAGE);
        mappings = editor.getMappingPage();
        model = (DovetailModel) editor.getResource().getContents().get(0);
        // The table and the summary fill at the next turns of the event loop.
        UiWait.until("the mapping page is filled", () -> !mappings.isSummarizing());
    }

    @AfterEach
    void closeWithoutSaving() {
        page().closeAllEditors(false);
    }

    @Test
    void unmappedElementsStandOutAndEachProcessShowsItsCoverage() {
        Step unmapped = unmappedStep();
        TreeItem item = item(mappings.processTree(), unmapped);
        assertTrue(item.getText().endsWith("(unmapped)"), item.getText());
        Object labels = mappings.processTree().getLabelProvider();
        Font font = ((IFontProvider) labels).getFont(unmapped);
        assertTrue(font != null && (font.getFontData()[0].getStyle() & SWT.BOLD) != 0, "unmapped elements are bold");
        assertNotNull(((IColorProvider) labels).getForeground(unmapped), "and in a warning colour");

        Process process = (Process) unmapped.eContainer();
        String label = item(mappings.processTree(), process).getText();
        assertTrue(label.contains(mappings.index().coverage(process).toString()), "the process shows its coverage: " + label);
        assertTrue(mappings.index().coverage(process).percent() < 100, "the example leaves gaps on purpose");
        assertEquals(model.getGovernance().getMappings().size(), mappings.mappingTable().getTable().getItemCount(),
                "the middle lists every mapping");
    }

    @Test
    void droppingAStepOntoAWorkflowStateCreatesAStepStateMappingUndoRemovesIt() throws Exception {
        Step step = unmappedStep();
        WorkflowState state = first(WorkflowState.class);
        int before = model.getGovernance().getMappings().size();
        mappings.processTree().setSelection(new StructuredSelection(step), true);
        item(mappings.processTree(), step);
        item(mappings.digitalTree(), state);

        // Native drag and drop does not start from posted (XTest) mouse events under Xvfb's GTK, so the test drops
        // through the page's drop entry point, the same code the tree's drop listener runs.
        assertTrue(mappings.drop(List.of(step), state), "the drop maps the step");
        UiWait.processEvents();
        assertEquals(before + 1, model.getGovernance().getMappings().size());
        Mapping created = model.getGovernance().getMappings().get(before);
        StepStateMapping mapping = assertInstanceOf(StepStateMapping.class, created, "a step and a state make a step ↔ state mapping");
        assertEquals(step, mapping.getStep());
        assertEquals(List.of(state), mapping.getStates());
        assertEquals(MappingStatus.PROPOSED, mapping.getStatus(), "a new mapping is proposed until confirmed");
        assertFalse(item(mappings.processTree(), step).getText().endsWith("(unmapped)"), "the step no longer stands out");
        assertTrue(editor.isDirty());

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(before, model.getGovernance().getMappings().size(), "Undo removes the mapping");
    }

    @Test
    void renamingAMappedStepRelabelsItsRowWithoutSettingTheRowsAgain() {
        StepStateMapping mapping = model.getGovernance().getMappings().stream().filter(StepStateMapping.class::isInstance)
                .map(StepStateMapping.class::cast).filter(m -> m.getStep() != null).findFirst().orElseThrow();
        Object rowsBefore = mappings.mappingTable().getInput();
        int row = rows().indexOf(mapping);
        mappings.mappingTable().getTable().setTopIndex(row);
        UiWait.processEvents();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), mapping.getStep(),
                DovetailPackage.Literals.ELEMENT__NAME, "Renamed while shown"));
        UiWait.until("the page has refreshed", () -> !mappings.isSummarizing());
        assertSame(rowsBefore, mappings.mappingTable().getInput(), "the same mappings: the table keeps its rows");
        String shown = mappings.mappingTable().getTable().getItem(row).getText(1);
        assertTrue(shown.contains("Renamed while shown"), "the row on screen shows the new name: " + shown);
    }

    /** Evidence added to a step changes its process's coverage although no notification names the process. */
    @Test
    void evidenceAddedWhileShownIsCountedInItsProcess() throws Exception {
        Step step = unmappedStep();
        Process process = (Process) step.eContainer();
        String before = item(mappings.processTree(), process).getText();
        EvidenceRequirement added = ProcessFactory.eINSTANCE.createEvidenceRequirement();
        added.setName("Added while shown");
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(), step,
                ProcessPackage.Literals.STEP__EVIDENCE, added));
        UiWait.processEvents();
        String after = item(mappings.processTree(), process).getText();
        assertTrue(after.contains(mappings.index().coverage(process).toString()) && !after.equals(before),
                "the process counts the new evidence: " + before + " -> " + after);
        assertTrue(item(mappings.processTree(), added).getText().endsWith("(unmapped)"), "the new evidence stands out");

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        UiWait.processEvents();
        assertEquals(before, item(mappings.processTree(), process).getText(), "Undo counts it out again");
    }

    /**
     * A process added among the domain's children (as an import adds one: after the processes, before the roles and
     * policies) gets its row in its place, the rows after it keep theirs, and Undo takes the row away again.
     */
    @Test
    void processesAddedWhileShownGetTheirRowsAndUndoTakesThemAway() throws Exception {
        org.eclipse.swt.widgets.Tree tree = mappings.processTree().getTree();
        List<String> before = Widgets.shownTopTexts(tree);
        Process first = ProcessFactory.eINSTANCE.createProcess();
        first.setName("Imported first");
        Process last = ProcessFactory.eINSTANCE.createProcess();
        last.setName("Imported last");
        EditingDomain domain = editor.getEditingDomain();
        // One command inserting at two places, as an import adding processes and roles does.
        CompoundCommand both = new CompoundCommand("Add two");
        both.append(AddCommand.create(domain, model.getProcessDomain(), ProcessPackage.Literals.PROCESS_DOMAIN__PROCESSES, first, 0));
        both.append(AddCommand.create(domain, model.getProcessDomain(), ProcessPackage.Literals.PROCESS_DOMAIN__PROCESSES, last));
        domain.getCommandStack().execute(both);
        UiWait.processEvents();
        int at = model.getProcessDomain().getProcesses().size() - 1;
        List<String> after = Widgets.shownTopTexts(tree);
        assertTrue(after.get(0).startsWith("Process Imported first") && after.get(0).contains("[0/0 mapped"),
                "the first new row is where its process is: " + after.get(0));
        assertTrue(after.get(at).startsWith("Process Imported last"), "the last new row is where its process is: " + after.get(at));
        List<String> others = new ArrayList<>(after);
        others.remove(at);
        others.remove(0);
        assertEquals(before, others, "every other row shows what it showed, in order");
        assertSame(first, tree.getItem(0).getData());
        assertSame(last, tree.getItem(at).getData());

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        UiWait.processEvents();
        assertEquals(before, Widgets.shownTopTexts(tree), "Undo takes both rows away");
    }

    @Test
    void theFilterReachesMappingsOlderThanTheLatestTheTableLists() {
        StepStateMapping oldest = model.getGovernance().getMappings().stream().filter(StepStateMapping.class::isInstance)
                .map(StepStateMapping.class::cast).findFirst().orElseThrow();
        WorkflowState state = first(WorkflowState.class);
        List<Mapping> fillers = new ArrayList<>();
        for (int i = 0; i < 2_100; i++) {
            StepStateMapping filler = GovernanceFactory.eINSTANCE.createStepStateMapping();
            filler.getStates().add(state);
            fillers.add(filler);
        }
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(), model.getGovernance(),
                GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS, fillers));
        UiWait.until("the page has counted the new mappings", () -> !mappings.isSummarizing() && rows().size() == 2_000);
        assertFalse(rows().contains(oldest), "the table lists only the latest 2,000 mappings");

        UiActions.setText(mappings.mappingFilter(), oldest.getStep().getName());
        UiWait.until("the filter has matched", () -> mappings.isFiltered() && rows().contains(oldest));
        assertTrue(rows().stream().noneMatch(fillers::contains), "mappings without the words are left out: " + rows().size());
        assertTrue(mappings.control().isVisible());

        UiActions.setText(mappings.mappingFilter(), "");
        UiWait.until("the filter is gone", () -> mappings.isFiltered() && rows().size() == 2_000);
        assertFalse(rows().contains(oldest));
    }

    @SuppressWarnings("unchecked")
    private List<Mapping> rows() {
        return (List<Mapping>) mappings.mappingTable().getInput();
    }

    private Step unmappedStep() {
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Step step && !mappings.index().isMapped(step)) {
                return step;
            }
        }
        throw new AssertionError("The example maps every step; GAPS.md says it should not");
    }

    private <T> T first(Class<T> type) {
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        throw new AssertionError("The example has no " + type.getSimpleName());
    }

    /** The tree item of {@code element}, revealed (parents expanded, scrolled into view). */
    private static TreeItem item(TreeViewer tree, Object element) {
        tree.reveal(element);
        UiWait.processEvents();
        if (!(tree.testFindItem(element) instanceof TreeItem item)) {
            throw new AssertionError(element + " is not shown in the tree");
        }
        tree.getTree().showItem(item);
        UiWait.processEvents();
        return item;
    }
}
