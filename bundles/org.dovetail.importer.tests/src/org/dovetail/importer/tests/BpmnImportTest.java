package org.dovetail.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dovetail.importer.api.ImportCommand;
import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.ImportResult;
import org.dovetail.importer.api.PlannedChange;
import org.dovetail.importer.bpmn.BpmnImporter;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.change.TouchRecorder;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Decision;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Handoff;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.dovetail.model.process.Task;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every BPMN MIWG reference model imports with the content its XML has; importing again changes nothing. */
class BpmnImportTest {

    static final Path MIWG = Path.of("data/bpmn-miwg");

    /**
     * Expected figures per file, counted from the XML: tasks = activities (task, userTask, serviceTask, callActivity…)
     * plus collapsed sub-processes; decisions = exclusive/inclusive/event-based gateways with more than one outgoing
     * flow; handoffs = message flows between two steps (or events next to one); roles = leaf lanes plus pools without
     * lanes; stages = expanded sub-processes; exceptions = boundary events; triggers = top-level start events; flows =
     * sequence flows contracted between steps (events and parallel/merging gateways are not steps); roles also count the
     * resources of potential owners (C.1.1: 3, C.3.0: 1; C.1.0's resources have its lanes' names, so they are the same
     * roles); evidence = data objects and stores an activity writes (data output associations: B.1.0 1, C.1.1 3).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file, tasks, decisions, handoffs, flows, roles, stages, exceptions, triggers, manual, automated, evidence
            "A.1.0.bpmn, 3, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0",
            "A.2.0.bpmn, 4, 1, 0, 4, 0, 0, 0, 1, 0, 0, 0",
            "A.2.1.bpmn, 4, 1, 0, 6, 0, 0, 0, 1, 0, 0, 0",
            "A.3.0.bpmn, 5, 0, 0, 4, 0, 0, 2, 1, 0, 0, 0",
            "A.4.0.bpmn, 6, 0, 2, 8, 3, 2, 0, 2, 0, 0, 0",
            "A.4.1.bpmn, 6, 0, 2, 8, 3, 2, 0, 2, 0, 0, 0",
            "B.1.0.bpmn, 12, 2, 0, 9, 3, 1, 0, 4, 2, 2, 1",
            "B.2.0.bpmn, 38, 4, 2, 44, 3, 3, 11, 6, 5, 5, 0",
            "C.1.0.bpmn, 9, 3, 5, 21, 4, 0, 0, 2, 4, 1, 0",
            "C.1.1.bpmn, 5, 2, 0, 7, 3, 0, 0, 1, 4, 1, 3",
            "C.2.0.bpmn, 11, 3, 5, 23, 5, 1, 1, 4, 0, 0, 0",
            "C.3.0.bpmn, 5, 3, 0, 10, 1, 0, 2, 1, 4, 0, 0" })
    void everyReferenceModelImportsWithItsContent(String file, int tasks, int decisions, int handoffs, int flows, int roles, int stages,
            int exceptions, int triggers, int manual, int automated, int evidence) throws Exception {
        Path bpmn = MIWG.resolve(file);
        DovetailModel model = newModel();
        ImportPlan plan = plan(bpmn, null);
        ImportResult result = plan.apply(model);
        Process process = (Process) result.focus();
        assertNotNull(process, "the process is the focus");
        List<Step> steps = process.getSteps();
        long taskCount = steps.stream().filter(Task.class::isInstance).count();
        assertEquals(tasks, taskCount, "tasks of " + file);
        assertEquals(decisions, steps.stream().filter(Decision.class::isInstance).count(), "decisions of " + file);
        assertEquals(handoffs, steps.stream().filter(Handoff.class::isInstance).count(), "handoffs of " + file);
        assertEquals(flows, process.getFlows().size(), "flows of " + file);
        assertEquals(roles, model.getProcessDomain().getRoles().size(), "roles of " + file);
        assertEquals(stages, process.getStages().size(), "stages of " + file);
        assertEquals(exceptions, process.getExceptionPaths().size(), "exception paths of " + file);
        assertEquals(triggers, process.getTriggers().size(), "triggers of " + file);
        assertEquals(manual, steps.stream().filter(s -> s instanceof Task && s.isManual()).count(), "user/manual tasks of " + file);
        assertEquals(automated, steps.stream().filter(s -> s instanceof Task t && t.isAutomated()).count(), "service/script tasks of " + file);
        assertEquals(evidence, steps.stream().mapToInt(s -> s.getEvidence().size()).sum(), "data objects and stores written by steps in " + file);

        String xml = read(bpmn);
        String prefix = process.getId() + ".";
        for (Step step : steps) {
            assertTrue(step.getId().startsWith(prefix), step.getId());
            if (step instanceof Handoff handoff) {
                assertTrue(xml.contains("messageFlow") && handoff.getOutgoing().size() == 1 && handoff.getIncoming().size() == 1,
                        "a handoff sits on one message flow between two steps: " + handoff.getName());
                continue;
            }
            String bpmnId = step.getId().substring(prefix.length());
            String name = attributeOfElementWithId(xml, bpmnId, "name");
            if (name != null && !name.isBlank()) {
                assertEquals(name.strip().replaceAll("\\s+", " "), step.getName(), "the step is named as in the file: " + bpmnId);
            }
            if (step instanceof Decision decision && name != null && !name.isBlank()) {
                assertEquals(step.getName(), decision.getQuestion(), "the gateway's name is the question");
            }
        }
        for (Flow flow : process.getFlows()) {
            assertNotNull(flow.getSource(), "flow " + flow.getId() + " has a source");
            assertNotNull(flow.getTarget(), "flow " + flow.getId() + " has a target");
            assertTrue(steps.contains(flow.getSource()) && steps.contains(flow.getTarget()), "flows join steps of the process");
        }
        for (ExceptionPath path : process.getExceptionPaths()) {
            assertTrue(path.getTrigger() != null && !path.getTrigger().isBlank(), "an exception path says what raises it");
        }
        if (roles > 0) {
            assertTrue(steps.stream().anyMatch(s -> s.getPerformer() != null), "lanes give steps their performers");
            List<String> names = Pattern.compile("\\bname=\"([^\"]*)\"").matcher(xml).results()
                    .map(m -> m.group(1).replaceAll("&#x?[0-9a-fA-F]+;", " ").strip().replaceAll("\\s+", " ")).toList();
            for (Role role : model.getProcessDomain().getRoles()) {
                assertTrue(names.contains(role.getName()), "role " + role.getName() + " is named after a lane, pool or resource of the file");
            }
        }
    }

    @Test
    void conditionsOfSequenceFlowsAreKept() throws Exception {
        DovetailModel model = newModel();
        Process process = (Process) plan(MIWG.resolve("C.1.1.bpmn"), null).apply(model).focus();
        // C.1.1 has four conditionExpressions; the fourth leads to an end event, not to a step, so it has no flow.
        List<String> conditions = process.getFlows().stream().map(Flow::getCondition).filter(c -> c != null).sorted().toList();
        assertEquals(List.of("bpmn:getDataObject('approved')", "bpmn:getDataObject('clarified') = 'yes'", "not(bpmn:getDataObject('approved'))"),
                conditions);
    }

    @Test
    void importingAgainUpdatesInsteadOfDuplicating() throws Exception {
        DovetailModel model = newModel();
        Path file = MIWG.resolve("B.2.0.bpmn");
        ImportResult first = plan(file, null).apply(model);
        Process process = (Process) first.focus();
        DovetailModel before = EcoreUtil.copy(model);
        ImportPlan again = plan(file, null);
        List<PlannedChange> preview = again.preview(model);
        assertTrue(preview.stream().allMatch(c -> c.kind() == PlannedChange.Kind.KEEP), "nothing to do: " + preview.stream()
                .filter(c -> c.kind() != PlannedChange.Kind.KEEP).toList());
        ImportResult second = again.apply(model);
        assertEquals(0, second.added().size());
        assertEquals(0, second.updated().size());
        assertEquals(0, second.removed());
        assertEquals(1, model.getProcessDomain().getProcesses().size());
        assertSame(process, second.focus());
        assertTrue(EcoreUtil.equals(before, model), "the model is as it was after the first import");
    }

    @Test
    void aTaskGoneFromTheFileIsRemovedOnReimportAndRenamedOnesUpdated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.bpmn");
        String xml = copyOrdersProcess(file);
        DovetailModel model = newModel();
        Process process = (Process) plan(file, "p-orders").apply(model).focus();
        assertEquals("p-orders", process.getId());
        assertEquals(3, process.getSteps().size());
        // Task 2 renamed; Task 3 removed and Task 2 now leads to the end.
        String changed = xml.replace("name=\"Task 2\"", "name=\"Check order\"");
        Matcher task3 = Pattern.compile("<semantic:task [^>]*name=\"Task 3\"[\\s\\S]*?</semantic:task>").matcher(changed);
        assertTrue(task3.find());
        changed = changed.substring(0, task3.start()) + changed.substring(task3.end());
        Files.writeString(file, changed, StandardCharsets.ISO_8859_1);
        ImportPlan plan = plan(file, "p-orders");
        List<PlannedChange> preview = plan.preview(model);
        assertTrue(preview.stream().anyMatch(c -> c.kind() == PlannedChange.Kind.REMOVE && c.name().equals("Task 3")), preview.toString());
        assertTrue(preview.stream().anyMatch(c -> c.kind() == PlannedChange.Kind.UPDATE && c.name().equals("Check order")), preview.toString());
        ImportResult result = plan.apply(model);
        assertSame(process, result.focus());
        assertEquals(List.of("Task 1", "Check order"), process.getSteps().stream().map(Step::getName).toList());
        assertTrue(process.getFlows().stream().allMatch(f -> f.getSource() != null && f.getTarget() != null), "no flow left dangling");
    }

    @Test
    void lanesBecomeTheDomainsExistingRolesByName() throws Exception {
        DovetailModel model = newModel();
        Role existing = ProcessFactory.eINSTANCE.createRole();
        existing.setId("r-1");
        existing.setName("lane 1");
        model.getProcessDomain().getRoles().add(existing);
        Process process = (Process) plan(MIWG.resolve("B.1.0.bpmn"), null).apply(model).focus();
        assertTrue(process.getSteps().stream().anyMatch(s -> s.getPerformer() == existing), "steps of Lane 1 are performed by the existing role");
        assertEquals(1, model.getProcessDomain().getRoles().stream().filter(r -> r.getName().equalsIgnoreCase("lane 1")).count());
    }

    @Test
    void theImportIsOneUndoableChange(@TempDir Path dir) throws Exception {
        Path modelFile = dir.resolve("m.dovetail");
        DovetailModel model = newModel();
        DovetailResources.save(model, modelFile);
        Resource resource = model.eResource();
        DovetailModel before = EcoreUtil.copy(model);
        ImportCommand command = new ImportCommand("Import BPMN", plan(MIWG.resolve("C.2.0.bpmn"), null), model);
        assertTrue(command.canExecute());
        command.execute();
        assertEquals(1, model.getProcessDomain().getProcesses().size());
        DovetailModel after = EcoreUtil.copy(model);
        command.undo();
        assertTrue(EcoreUtil.equals(before, model), "undo restores the model");
        command.redo();
        assertTrue(EcoreUtil.equals(after, model), "redo makes the import again");
        assertSame(resource, model.eResource());
    }

    /**
     * A re-import that removes a task (its flows and a mapping's reference to it go too), renames one and makes the
     * others user tasks: undo and redo are exact, and only what the import touches is recorded, not the whole model.
     */
    @Test
    void aReimportRecordsOnlyWhatItTouchesAndUndoesExactly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.bpmn");
        String xml = copyOrdersProcess(file);
        DovetailModel model = newModel();
        Process process = (Process) plan(file, "p-orders").apply(model).focus();
        model.setDigitalDomain(DigitalFactory.eINSTANCE.createDigitalDomain());
        InformationSystem system = DigitalFactory.eINSTANCE.createInformationSystem();
        model.getDigitalDomain().getSystems().add(system);
        Workflow workflow = DigitalFactory.eINSTANCE.createWorkflow();
        system.getWorkflows().add(workflow);
        for (int i = 0; i < 500; i++) {
            WorkflowState state = DigitalFactory.eINSTANCE.createWorkflowState();
            state.setId("s-" + i);
            workflow.getStates().add(state);
        }
        model.setGovernance(GovernanceFactory.eINSTANCE.createGovernanceModel());
        Step task3 = process.getSteps().stream().filter(s -> s.getName().equals("Task 3")).findFirst().orElseThrow();
        StepStateMapping mapping = GovernanceFactory.eINSTANCE.createStepStateMapping();
        mapping.setId("m-3");
        mapping.setStep(task3);
        mapping.getStates().add(workflow.getStates().get(0));
        model.getGovernance().getMappings().add(mapping);
        DovetailResources.save(model, dir.resolve("m.dovetail"));

        String changed = xml.replace("name=\"Task 2\"", "name=\"Check order\"").replace("<semantic:task ", "<semantic:userTask ")
                .replace("</semantic:task>", "</semantic:userTask>");
        Matcher task3Xml = Pattern.compile("<semantic:userTask [^>]*name=\"Task 3\"[\\s\\S]*?</semantic:userTask>").matcher(changed);
        assertTrue(task3Xml.find());
        Files.writeString(file, changed.substring(0, task3Xml.start()) + changed.substring(task3Xml.end()), StandardCharsets.ISO_8859_1);
        ImportPlan plan = plan(file, "p-orders");

        DovetailModel before = EcoreUtil.copy(model);
        TouchRecorder recorder = new TouchRecorder();
        ImportResult result = plan.apply(model, recorder);
        assertEquals(2, result.removed(), "Task 3 and the flow into it: " + result);
        assertNull(mapping.getStep(), "the mapping no longer points at the removed task");
        assertTrue(mapping.eAdapters().contains(recorder), "the mapping whose reference was removed is recorded");
        assertTrue(process.eAdapters().contains(recorder), "the process whose lists changed is recorded");
        assertTrue(workflow.getStates().stream().noneMatch(s -> s.eAdapters().contains(recorder)), "what the import does not touch is not watched");
        ChangeDescription undo = recorder.endRecording();
        recorder.dispose();
        DovetailModel after = EcoreUtil.copy(model);
        undo.applyAndReverse();
        assertTrue(EcoreUtil.equals(before, model), "undo restores the model");
        assertSame(task3, mapping.getStep());
        undo.applyAndReverse();
        assertTrue(EcoreUtil.equals(after, model), "redo makes the import again");

        DovetailModel untracked = EcoreUtil.copy(before);
        plan.apply(untracked);
        assertTrue(EcoreUtil.equals(after, untracked), "recorded or not, an import does the same");
    }

    @Test
    void badInputIsAClearErrorAndTheModelIsUntouched(@TempDir Path dir) throws Exception {
        DovetailModel model = newModel();
        DovetailModel before = EcoreUtil.copy(model);
        Path notBpmn = Files.writeString(dir.resolve("x.bpmn"), "<?xml version=\"1.0\"?>\n<process xmlns=\"urn:other\"/>\n");
        ImportException wrongRoot = assertThrows(notBpmn);
        assertTrue(wrongRoot.reason().startsWith("not a BPMN 2.0 file"), wrongRoot.getMessage());
        assertEquals(2, wrongRoot.line());

        Path broken = Files.writeString(dir.resolve("broken.bpmn"), "<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n"
                + "  <process id=\"p\">\n    <task id=\"t\" name=\"A\">\n  </process>\n</definitions>\n");
        ImportException malformed = assertThrows(broken);
        assertTrue(malformed.reason().startsWith("malformed XML"), malformed.getMessage());
        assertEquals(5, malformed.line(), malformed.getMessage());
        assertTrue(malformed.getMessage().startsWith(broken.toString() + ":5:"), malformed.getMessage());
        assertTrue(EcoreUtil.equals(before, model), "nothing was applied");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeReading() throws Exception {
        Path file = MIWG.resolve("B.2.0.bpmn");
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> new BpmnImporter().plan(new ImportRequest(file, null, null, 10_000), ImportMonitor.NONE));
        assertTrue(e.reason().contains("more than the import limit of 9.8 KB"), e.getMessage());
        assertEquals(0, e.line());
    }

    static ImportException assertThrows(Path file) {
        return org.junit.jupiter.api.Assertions.assertThrows(ImportException.class, () -> plan(file, null));
    }

    static void assertSame(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertSame(expected, actual);
    }

    static ImportPlan plan(Path file, String processId) throws ImportException {
        return new BpmnImporter().plan(new ImportRequest(file, processId, null, ImportRequest.DEFAULT_BPMN_LIMIT), ImportMonitor.NONE);
    }

    /** Copies the MIWG's A.1.0 (three tasks) to {@code file}; returns its text, for a test to change and import again. */
    private static String copyOrdersProcess(Path file) throws IOException {
        String xml = Files.readString(MIWG.resolve("A.1.0.bpmn"), StandardCharsets.ISO_8859_1);
        Files.writeString(file, xml, StandardCharsets.ISO_8859_1);
        return xml;
    }

    static DovetailModel newModel() {
        DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
        model.setId("m");
        model.setName("Test");
        model.setProcessDomain(ProcessFactory.eINSTANCE.createProcessDomain());
        model.getProcessDomain().setId("pd");
        return model;
    }

    /** The value of {@code attribute} on the element whose id is {@code id}, found in the raw XML text. */
    static String attributeOfElementWithId(String xml, String id, String attribute) {
        Matcher element = Pattern.compile("<[\\w:]+\\s[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(xml);
        if (!element.find()) {
            throw new AssertionError("no element with id " + id + " in the file");
        }
        Matcher value = Pattern.compile("\\b" + attribute + "=\"([^\"]*)\"").matcher(element.group());
        return value.find() ? value.group(1).replaceAll("&#x?[0-9a-fA-F]+;", " ").replace("&amp;", "&") : null;
    }

    /** The file's text in the encoding its XML declaration names. */
    static String read(Path file) throws IOException {
        String latin = Files.readString(file, StandardCharsets.ISO_8859_1);
        Matcher declared = Pattern.compile("^<\\?xml[^>]*encoding=\"([^\"]+)\"").matcher(latin);
        return declared.find() && !declared.group(1).equalsIgnoreCase("ISO-8859-1") ? Files.readString(file, java.nio.charset.Charset.forName(declared.group(1)))
                : latin;
    }
}
