package org.dovetail.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Person;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Role;
import org.dovetail.model.resource.DovetailIds;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every element has a UUID that survives save, load and copy; references across files work. */
class IdentityTest {

    @TempDir
    Path dir;

    @Test
    void elementsGetAUuidWhenTheyEnterAResource() {
        ResourceSet rs = DovetailResources.newResourceSet();
        Resource r = rs.createResource(URI.createFileURI(dir.resolve("a.dovetail").toString()));
        DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
        Person ann = DovetailFactory.eINSTANCE.createPerson();
        model.getPeople().add(ann);
        assertNull(ann.getId(), "no id before the element is in a resource");
        r.getContents().add(model);
        assertNotNull(UUID.fromString(model.getId()));
        assertNotNull(UUID.fromString(ann.getId()));
        Person bob = DovetailFactory.eINSTANCE.createPerson();
        model.getPeople().add(bob);
        assertNotNull(UUID.fromString(bob.getId()), "elements added later get an id too");
        assertNotEquals(ann.getId(), bob.getId());
        assertSame(bob, r.getEObject(bob.getId()), "the id is the URI fragment");
    }

    @Test
    void idsSurviveSaveLoadAndCopy() throws Exception {
        DovetailModel model = sample();
        Path file = dir.resolve("sample.dovetail");
        DovetailResources.save(model, file);
        Approval approval = (Approval) model.getProcessDomain().getProcesses().get(0).getSteps().get(0);
        String approvalId = approval.getId();

        DovetailModel loaded = DovetailResources.load(file);
        Approval again = (Approval) loaded.getProcessDomain().getProcesses().get(0).getSteps().get(0);
        assertEquals(approvalId, again.getId());
        assertEquals(model.getId(), loaded.getId());
        assertEquals(approval.getPerformer().getId(), again.getPerformer().getId());
        assertTrue(new EcoreUtil.EqualityHelper().equals(model, loaded), "a round trip changes nothing");

        DovetailModel copy = EcoreUtil.copy(loaded);
        assertEquals(approvalId, ((Approval) copy.getProcessDomain().getProcesses().get(0).getSteps().get(0)).getId());

        String xml = Files.readString(file);
        assertTrue(xml.contains("performer=\"#" + approval.getPerformer().getId() + "\""), "references are by UUID:\n" + xml);
    }

    @Test
    void renewIdsGivesACopyItsOwnIdentity() {
        DovetailModel model = sample();
        DovetailModel copy = EcoreUtil.copy(model);
        DovetailIds.renewIds(copy);
        assertNotEquals(model.getId(), copy.getId());
        assertFalse(copy.getPeople().get(0).getId().equals(model.getPeople().get(0).getId()));
    }

    @Test
    void referencesAcrossFilesResolveAndSurviveMoves() throws Exception {
        ResourceSet rs = DovetailResources.newResourceSet();
        Resource peopleRes = rs.createResource(URI.createFileURI(dir.resolve("people.dovetail").toString()));
        DovetailModel peopleModel = DovetailFactory.eINSTANCE.createDovetailModel();
        Person owner = DovetailFactory.eINSTANCE.createPerson();
        owner.setName("Process owner");
        peopleModel.getPeople().add(owner);
        peopleRes.getContents().add(peopleModel);

        Resource processRes = rs.createResource(URI.createFileURI(dir.resolve("process.dovetail").toString()));
        DovetailModel processModel = sample();
        processModel.getProcessDomain().getProcesses().get(0).setOwner(owner);
        processRes.getContents().add(processModel);
        peopleRes.save(null);
        processRes.save(null);
        assertTrue(Files.readString(dir.resolve("process.dovetail")).contains("people.dovetail#" + owner.getId()));

        // Move the person inside its file: the reference is by UUID, not by position.
        DovetailModel reloadedPeople = DovetailResources.load(dir.resolve("people.dovetail"));
        Person filler = DovetailFactory.eINSTANCE.createPerson();
        reloadedPeople.getPeople().add(0, filler);
        reloadedPeople.eResource().save(null);

        DovetailModel reloaded = DovetailResources.load(dir.resolve("process.dovetail"));
        Object resolved = reloaded.getProcessDomain().getProcesses().get(0).getOwner();
        assertTrue(resolved instanceof Person p && !p.eIsProxy() && "Process owner".equals(p.getName()),
                "cross-file reference resolves after the target moved: " + resolved);
    }

    private static DovetailModel sample() {
        DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
        model.setName("Sample");
        Person ann = DovetailFactory.eINSTANCE.createPerson();
        ann.setName("Ann");
        model.getPeople().add(ann);
        ProcessDomain domain = ProcessFactory.eINSTANCE.createProcessDomain();
        model.setProcessDomain(domain);
        Role approver = ProcessFactory.eINSTANCE.createRole();
        approver.setName("Approver");
        domain.getRoles().add(approver);
        Process process = ProcessFactory.eINSTANCE.createProcess();
        process.setName("Approve");
        domain.getProcesses().add(process);
        Approval approval = ProcessFactory.eINSTANCE.createApproval();
        approval.setName("Approve invoice");
        approval.setPerformer(approver);
        approval.setRequiredApprovals(2);
        process.getSteps().add(approval);
        // Ids are assigned by the resource; give the in-memory sample its own so that copies can be compared.
        DovetailIds.ensureId(model);
        model.eAllContents().forEachRemaining(DovetailIds::ensureId);
        return model;
    }
}
