package org.dovetail.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.governance.Finding;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Role;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated item providers give labels, icons, children and property descriptors, headless. */
class ItemProvidersTest {

    private ComposedAdapterFactory factory;
    private DovetailModel model;
    private Process process;
    private Approval approval;
    private Role clerk;

    @BeforeEach
    void setUp() {
        // The registry is filled from plugin.xml: this also proves the extension is declared correctly.
        factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        model = DovetailFactory.eINSTANCE.createDovetailModel();
        model.setName("Invoices");
        ProcessDomain domain = ProcessFactory.eINSTANCE.createProcessDomain();
        model.setProcessDomain(domain);
        clerk = ProcessFactory.eINSTANCE.createRole();
        clerk.setName("AP clerk");
        Role controller = ProcessFactory.eINSTANCE.createRole();
        controller.setName("Controller");
        domain.getRoles().addAll(List.of(clerk, controller));
        process = ProcessFactory.eINSTANCE.createProcess();
        process.setName("Supplier invoice approval");
        domain.getProcesses().add(process);
        approval = ProcessFactory.eINSTANCE.createApproval();
        approval.setName("Approve invoice");
        process.getSteps().add(approval);
        Resource r = DovetailResources.newResourceSet().createResource(URI.createURI("memory:/test.dovetail"));
        r.getContents().add(model);
    }

    @Test
    void labelsNameTheKindAndTheElement() {
        assertEquals("Approval Approve invoice", label(approval));
        assertEquals("Role AP clerk", label(clerk));
        Finding finding = GovernanceFactory.eINSTANCE.createFinding();
        finding.setMessage("Approval has no mapped state");
        assertEquals("Finding Approval has no mapped state", label(finding), "classes without a name use their label feature");
    }

    @Test
    void flowsAreLabelledByTheStepsTheyJoin() {
        org.dovetail.model.process.Task register = ProcessFactory.eINSTANCE.createTask();
        register.setName("Register invoice");
        process.getSteps().add(register);
        org.dovetail.model.process.Flow flow = ProcessFactory.eINSTANCE.createFlow();
        flow.setSource(register);
        flow.setTarget(approval);
        flow.setCondition("amount over 10,000");
        process.getFlows().add(flow);
        // The registry (plugin.xml) hands out Dovetail's refined process item providers, not the generated ones.
        assertEquals("Flow Register invoice \u2192 Approve invoice [amount over 10,000]", label(flow));
    }

    @Test
    void everyElementHasAnIcon() {
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(approval, IItemLabelProvider.class);
        Object image = provider.getImage(approval);
        assertNotNull(image);
        assertTrue(image.toString().contains("Approval"), image.toString());
    }

    @Test
    void treeChildrenFollowContainment() {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(process, ITreeItemContentProvider.class);
        Collection<?> children = provider.getChildren(process);
        assertTrue(children.contains(approval));
        ITreeItemContentProvider rootProvider = (ITreeItemContentProvider) factory.adapt(model, ITreeItemContentProvider.class);
        assertTrue(rootProvider.getChildren(model).contains(model.getProcessDomain()));
    }

    @Test
    void propertyDescriptorsOfferFittingValues() {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(approval, IItemPropertySource.class);
        List<String> names = source.getPropertyDescriptors(approval).stream()
                .map(d -> d.getDisplayName(approval)).collect(Collectors.toList());
        assertTrue(names.containsAll(List.of("Name", "Description", "Performer", "Required Approvals", "Owner", "Manual")), names.toString());
        IItemPropertyDescriptor performer = source.getPropertyDescriptor(approval, "performer");
        Collection<?> choices = performer.getChoiceOfValues(approval);
        assertTrue(choices.contains(clerk), "the performer picker offers the model's roles: " + choices);
        performer.setPropertyValue(approval, clerk);
        assertEquals(clerk, approval.getPerformer());
        IItemPropertyDescriptor id = source.getPropertyDescriptor(approval, "id");
        assertTrue(!id.canSetProperty(approval), "the UUID is read-only");
    }

    @Test
    void newChildDescriptorsCoverEveryStepKind() {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        List<String> kinds = domain.getNewChildDescriptors(process, null).stream()
                .filter(CommandParameter.class::isInstance).map(CommandParameter.class::cast)
                .map(p -> p.getEValue().eClass().getName()).collect(Collectors.toList());
        assertTrue(kinds.containsAll(List.of("Task", "Approval", "Decision", "Review", "Handoff", "Check", "Flow")), kinds.toString());
    }

    private String label(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return provider.getText(element);
    }
}
