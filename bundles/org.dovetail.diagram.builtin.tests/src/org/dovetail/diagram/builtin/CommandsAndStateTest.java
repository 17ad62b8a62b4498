package org.dovetail.diagram.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dovetail.diagram.api.DiagramFiles;
import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.api.ViewpointProvider;
import org.dovetail.diagram.layout.DiagramLayout;
import org.dovetail.diagram.model.description.NodeCreationTool;
import org.dovetail.diagram.model.description.Viewpoint;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.model.state.DiagramSet;
import org.dovetail.diagram.registry.DiagramDescriptionRegistry;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Step;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Canvas edits as commands on the editing domain's stack (undo/redo), the diagram file beside the model, the registry. */
class CommandsAndStateTest {

    @TempDir
    Path folder;

    @Test
    void creationToolsRenameDeleteAndLayersUndoAndRedoOnTheCommandStack() {
        DovetailModel model = Fixture.load(ExampleModels::supplierInvoiceApproval, "sia");
        Process process = model.getProcessDomain().getProcesses().get(0);
        try (DiagramSession session = Fixture.open(model, "process-flow", true)) {
            var stack = session.editingDomain().getCommandStack();
            AbstractDNode lane = (AbstractDNode) Fixture.viewsOf(session.diagram(), "lane").get(0);
            NodeCreationTool tool = (NodeCreationTool) session.description().getTools().stream()
                    .filter(t -> t.getId().equals("create-approval")).findFirst().orElseThrow();
            int steps = process.getSteps().size();
            Command create = session.commands().createNode(tool, lane, 300, 20);
            assertTrue(create.canExecute());
            stack.execute(create);
            assertEquals(steps + 1, process.getSteps().size());
            Step created = process.getSteps().get(steps);
            assertEquals(session.semanticElement(lane), created.getPerformer());
            AbstractDNode node = (AbstractDNode) session.viewsOf(created).get(0);
            assertEquals(300, node.getX(), "the node appears where the user clicked");
            assertEquals(lane, node.eContainer());
            stack.execute(session.commands().rename(node, "Third approval"));
            assertEquals("Third approval", ((DDiagramElement) session.viewsOf(created).get(0)).getLabel());
            stack.undo();
            stack.undo();
            assertTrue(session.viewsOf(created).isEmpty(), "undo removes the element and its node");
            stack.redo();
            assertEquals(300, ((AbstractDNode) session.viewsOf(created).get(0)).getX(), "redo puts the node back where it was");
            stack.execute(session.commands().delete(List.of((DDiagramElement) session.viewsOf(created).get(0))));
            assertFalse(process.getSteps().contains(created));
            assertTrue(session.viewsOf(created).isEmpty());
            stack.undo();
            assertEquals(1, session.viewsOf(created).size());

            int views = Fixture.views(session.diagram()).size();
            stack.execute(session.commands().setLayerActive("work-as-done", true));
            assertTrue(session.diagram().getActiveLayers().contains("work-as-done"));
            assertTrue(Fixture.views(session.diagram()).stream().anyMatch(v -> v.getDecorations().stream()
                    .anyMatch(d -> "work-as-done".equals(d.getDecorationId()))), "the work-as-done layer shows observations");
            stack.undo();
            assertEquals(views, Fixture.views(session.diagram()).size());
            assertEquals(Fixture.fresh(session), Fixture.canonical(session.diagram()));

            stack.execute(session.commands().layout());
            assertTrue(Fixture.views(session.diagram()).stream().allMatch(v -> !(v instanceof AbstractDNode n) || n.isLaidOut()));
            stack.execute(session.commands().move(node, 999, 12));
            assertEquals(999, node.getX());
            stack.undo();
            assertTrue(node.getX() != 999);
        }
    }

    @Test
    void diagramStateIsSavedBesideTheModelAndReopensWithItsPositions() throws IOException {
        Path modelFile = folder.resolve("sia.dovetail");
        DovetailResources.save(ExampleModels.supplierInvoiceApproval(), modelFile);
        ResourceSet resourceSet = DovetailResources.newResourceSet();
        DovetailModel model = DovetailResources.load(resourceSet, modelFile);
        String before;
        var description = Fixture.description("governance-mapping");
        DiagramSet set = DiagramFiles.loadOrCreate(resourceSet, modelFile);
        try (DiagramSession session = DiagramSession.open(DiagramFiles.findOrCreate(set, description, model), model, description,
                Fixture.EXPRESSIONS, null)) {
            DiagramLayout.layout(session, false);
            before = Fixture.canonical(session.diagram()) + positions(session.diagram());
            DiagramFiles.save(set);
        }
        assertTrue(Files.exists(folder.resolve("sia.dovetail-diagrams")));
        ResourceSet again = DovetailResources.newResourceSet();
        DovetailModel reloaded = DovetailResources.load(again, modelFile);
        DiagramSet reloadedSet = DiagramFiles.loadOrCreate(again, modelFile);
        assertEquals(1, reloadedSet.getDiagrams().size());
        try (DiagramSession session = DiagramSession.open(DiagramFiles.findOrCreate(reloadedSet, description, reloaded), reloaded,
                description, Fixture.EXPRESSIONS, null)) {
            assertEquals(before, Fixture.canonical(session.diagram()) + positions(session.diagram()));
        }
    }

    @Test
    void aDiagramFileWithEntitiesIsRefusedWithItsName() throws IOException {
        Path modelFile = folder.resolve("m.dovetail");
        DovetailResources.save(ExampleModels.itChangeEnablement(), modelFile);
        Files.writeString(folder.resolve("m.dovetail-diagrams"),
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");
        IOException error = assertThrows(IOException.class, () -> DiagramFiles.loadOrCreate(DovetailResources.newResourceSet(), modelFile));
        assertTrue(error.getMessage().contains("m.dovetail-diagrams") && error.getMessage().contains("DOCTYPE"), error.getMessage());
    }

    @Test
    void registryFindsTheBuiltInDiagramsAndSkipsABadProvider() {
        DiagramDescriptionRegistry platform = DiagramDescriptionRegistry.getDefault();
        assertTrue(platform.diagramNames().containsAll(List.of("dovetail/process-flow", "dovetail/digital-workflow",
                "dovetail/governance-mapping")), "contributed through the extension point: " + platform.diagramNames());
        assertEquals("governance-mapping", platform.get("Governance mapping").getId());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> platform.get("org chart"));
        assertTrue(unknown.getMessage().contains("dovetail/process-flow"), unknown.getMessage());

        ViewpointProvider broken = new ViewpointProvider() {
            @Override
            public Viewpoint viewpoint() {
                throw new IllegalStateException("broken on purpose");
            }

            @Override
            public void registerExpressions(org.dovetail.diagram.api.ExpressionRegistry registry) {
            }
        };
        DiagramDescriptionRegistry registry = DiagramDescriptionRegistry.of(List.of(broken, new BuiltinViewpoint(), new BuiltinViewpoint()));
        assertEquals(3, registry.diagramNames().size(), "the good provider still loads");
        assertEquals(2, registry.problems().size(), registry.problems().toString());
        assertTrue(registry.problems().get(0).contains("broken on purpose"));
        assertTrue(registry.problems().get(1).contains("duplicate viewpoint id"));
    }

    private static String positions(Diagram diagram) {
        StringBuilder text = new StringBuilder();
        for (DDiagramElement view : Fixture.views(diagram)) {
            if (view instanceof AbstractDNode node) {
                text.append(node.getSemanticId()).append('@').append(node.getX()).append(',').append(node.getY()).append(' ');
            }
        }
        return text.toString();
    }
}
