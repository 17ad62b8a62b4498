package org.dovetail.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.PlannedChange;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Handoff;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data objects and stores, performers and message flows to and from a pool, in a small purchase-order file. */
class BpmnResourcesTest {

    private static final String FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="po" name="Purchase orders">
              <resource id="res-buyer" name="Buyer"/>
              <dataStore id="erp" name="ERP"/>
              <collaboration id="c">
                <participant id="pool-us" name="Purchasing" processRef="p"/>
                <participant id="pool-supplier" name="Supplier"/>
                <messageFlow id="m-order" name="Send order" sourceRef="approve" targetRef="pool-supplier"/>
                <messageFlow id="m-confirm" sourceRef="pool-supplier" targetRef="book"/>
              </collaboration>
              <process id="p" name="Order goods">
                <dataObject id="po-doc" name="Purchase order"/>
                <dataObjectReference id="po-ref" dataObjectRef="po-doc"/>
                <dataStoreReference id="erp-ref" name="ERP orders" dataStoreRef="erp"/>
                <dataObject id="quote" name="Quote"/>
                <dataObjectReference id="quote-ref" dataObjectRef="quote"/>
                <startEvent id="start"/>
                <userTask id="write" name="Write order">
                  <dataInputAssociation id="in-1"><sourceRef>quote-ref</sourceRef><targetRef>write-input</targetRef></dataInputAssociation>
                  <dataOutputAssociation id="out-1"><targetRef>po-ref</targetRef></dataOutputAssociation>
                  <potentialOwner id="po-1"><resourceRef>res-buyer</resourceRef></potentialOwner>
                </userTask>
                <userTask id="approve" name="Approve order">
                  <humanPerformer id="hp-1">
                    <resourceAssignmentExpression><formalExpression>Head of purchasing</formalExpression></resourceAssignmentExpression>
                  </humanPerformer>
                </userTask>
                <serviceTask id="book" name="Book order">
                  <dataOutputAssociation id="out-2"><sourceRef>book-output</sourceRef><targetRef>erp-ref</targetRef></dataOutputAssociation>
                </serviceTask>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="write"/>
                <sequenceFlow id="f2" sourceRef="write" targetRef="approve"/>
                <sequenceFlow id="f3" sourceRef="approve" targetRef="book"/>
                <sequenceFlow id="f4" sourceRef="book" targetRef="end"/>
              </process>
            </definitions>
            """;

    @Test
    void dataWrittenIsEvidencePerformersAreRolesAndMessagesToAndFromAPoolAreHandoffs(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("po.bpmn"), FILE);
        DovetailModel model = BpmnImportTest.newModel();
        ImportPlan plan = BpmnImportTest.plan(file, "p-po");
        Process process = (Process) plan.apply(model).focus();

        Step write = step(process, "Write order");
        Step approve = step(process, "Approve order");
        Step book = step(process, "Book order");
        assertEquals(List.of("Purchase order"), write.getEvidence().stream().map(EvidenceRequirement::getName).toList());
        EvidenceRequirement erp = book.getEvidence().get(0);
        assertEquals("ERP orders", erp.getName());
        assertTrue(erp.isMandatory());
        assertEquals("Written to data store \"ERP orders\" by \"Book order\" (BPMN data output association)", erp.getDescription());
        assertEquals(0, approve.getEvidence().size());

        assertEquals("Buyer", write.getPerformer().getName(), "the potential owner, more specific than the pool");
        assertEquals("Head of purchasing", approve.getPerformer().getName(), "an assignment expression names the role");
        assertEquals("Purchasing", book.getPerformer().getName(), "no performer named: the pool's role");

        Handoff order = (Handoff) step(process, "Send order");
        assertEquals("Supplier", order.getRecipient().getName(), "the black-box pool's role");
        assertEquals("Head of purchasing", order.getPerformer().getName(), "sent by the approver");
        assertEquals(List.of("Approve order"), order.getIncoming().stream().map(f -> f.getSource().getName()).toList());
        assertEquals(List.of("Book order"), order.getOutgoing().stream().map(f -> f.getTarget().getName()).toList(),
                "the process goes on after the message; it does not end at the supplier");
        assertTrue(approve.getOutgoing().stream().map(Flow::getTarget).anyMatch(book::equals), "the path on is kept");

        Set<String> roles = model.getProcessDomain().getRoles().stream().map(r -> r.getName()).collect(Collectors.toSet());
        assertEquals(Set.of("Purchasing", "Supplier", "Buyer", "Head of purchasing"), roles);
        List<String> notes = plan.notes();
        assertTrue(notes.contains("1 data input association (what steps read): inputs are not evidence; not imported"), notes.toString());
        assertTrue(notes.contains("data object \"Quote\" is written by no step; not imported"), notes.toString());
        assertTrue(notes.stream().noneMatch(n -> n.startsWith("message flow")), notes.toString());

        Handoff confirmation = (Handoff) step(process, "Receive from Supplier");
        assertEquals("Supplier", confirmation.getPerformer().getName(), "sent by the black-box pool's role");
        assertEquals("Purchasing", confirmation.getRecipient().getName(), "received by the receiving step's performer");
        assertEquals(List.of("Approve order"), confirmation.getIncoming().stream().map(f -> f.getSource().getName()).toList(),
                "beside the path into the receiving step");
        assertEquals(List.of("Book order"), confirmation.getOutgoing().stream().map(f -> f.getTarget().getName()).toList());
        assertTrue(book.getIncoming().stream().map(Flow::getSource).anyMatch(approve::equals), "the path into it is kept");

        ImportPlan again = BpmnImportTest.plan(file, "p-po");
        List<PlannedChange> preview = again.preview(model);
        assertTrue(preview.stream().allMatch(c -> c.kind() == PlannedChange.Kind.KEEP), "importing again changes nothing: " + preview);
    }

    @Test
    void aPerformerNamedLikeThePoolIsOneRoleInThePreviewAsInTheImport(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("po.bpmn"), FILE
                .replace("<resource id=\"res-buyer\" name=\"Buyer\"/>", "<resource id=\"res-buyer\" name=\"Buyer\"/><resource id=\"res-p\" name=\"purchasing\"/>")
                .replace("<serviceTask id=\"book\" name=\"Book order\">",
                        "<serviceTask id=\"book\" name=\"Book order\"><potentialOwner id=\"po-2\"><resourceRef>res-p</resourceRef></potentialOwner>"));
        DovetailModel model = BpmnImportTest.newModel();
        List<PlannedChange> preview = BpmnImportTest.plan(file, "p-po").preview(model);
        List<String> roles = preview.stream().filter(c -> c.type().equals("Role")).map(c -> c.kind() + " " + c.name()).sorted().toList();
        assertEquals(List.of("ADD Buyer", "ADD Head of purchasing", "ADD Purchasing", "ADD Supplier"), roles, "the pool and the performer: one role");

        Process process = (Process) BpmnImportTest.plan(file, "p-po").apply(model).focus();
        assertEquals(4, model.getProcessDomain().getRoles().size());
        assertEquals("Purchasing", step(process, "Book order").getPerformer().getName(), "the pool's role, the same as the performer's");
    }

    @Test
    void evidenceOfAStepGoneFromTheFileGoesWithIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("po.bpmn"), FILE);
        DovetailModel model = BpmnImportTest.newModel();
        Process process = (Process) BpmnImportTest.plan(file, "p-po").apply(model).focus();
        assertEquals(1, step(process, "Write order").getEvidence().size());
        Files.writeString(file, FILE.replace("<dataOutputAssociation id=\"out-1\"><targetRef>po-ref</targetRef></dataOutputAssociation>", ""));
        ImportPlan plan = BpmnImportTest.plan(file, "p-po");
        assertTrue(plan.preview(model).stream().anyMatch(c -> c.kind() == PlannedChange.Kind.REMOVE && c.name().equals("Purchase order")));
        plan.apply(model);
        assertEquals(0, step(process, "Write order").getEvidence().size());
    }

    private static Step step(Process process, String name) {
        return process.getSteps().stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow(() -> new AssertionError("no step " + name));
    }
}
