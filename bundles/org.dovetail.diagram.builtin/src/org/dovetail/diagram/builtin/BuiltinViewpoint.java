package org.dovetail.diagram.builtin;

import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.diagram.api.ViewpointProvider;
import org.dovetail.diagram.model.description.Viewpoint;

/**
 * Dovetail's built-in diagrams, contributed like a vendor's: process flow (swimlanes by role), digital workflow
 * (systems, states, guarded transitions, automations) and governance mapping (process and digital elements side by
 * side, typed mappings coloured by finding severity, unmapped elements highlighted).
 */
public final class BuiltinViewpoint implements ViewpointProvider {

    /** The viewpoint id; diagrams are {@code dovetail/process-flow} and so on. */
    public static final String ID = "dovetail";

    @Override
    public Viewpoint viewpoint() {
        Viewpoint viewpoint = Descriptions.F.createViewpoint();
        viewpoint.setId(ID);
        viewpoint.setLabel("Dovetail");
        viewpoint.setDocumentation("The built-in diagrams of work as imagined, work as enforced and the governance mappings between them.");
        viewpoint.getDiagrams().add(ProcessFlowDiagram.create());
        viewpoint.getDiagrams().add(DigitalWorkflowDiagram.create());
        viewpoint.getDiagrams().add(GovernanceMappingDiagram.create());
        return viewpoint;
    }

    @Override
    public void registerExpressions(ExpressionRegistry registry) {
        CommonExpressions.register(registry);
        ProcessFlowExpressions.register(registry);
        DigitalWorkflowExpressions.register(registry);
        GovernanceExpressions.register(registry);
        ReparentOperations.register(registry);
    }
}
