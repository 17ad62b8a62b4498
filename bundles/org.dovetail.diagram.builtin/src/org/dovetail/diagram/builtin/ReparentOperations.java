package org.dovetail.diagram.builtin;

import org.dovetail.diagram.api.DiagramCommands;
import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.diagram.api.RefusedCommand;
import org.dovetail.diagram.api.ToolRequest;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;

/** What dropping a node into another container means in the built-in diagrams (the reparent tools' operations). */
final class ReparentOperations {

    /** A step or exception path dropped into a lane: that lane's role performs (or handles) it. */
    static final String MOVE_TO_LANE = "process-flow.move-to-lane";
    /** A workflow state dropped into another workflow (of the same or another system) moves there. */
    static final String MOVE_STATE = "digital.move-state";

    private ReparentOperations() {
    }

    static void register(ExpressionRegistry registry) {
        registry.operation(MOVE_TO_LANE, ReparentOperations::moveToLane);
        registry.operation(MOVE_STATE, ReparentOperations::moveState);
    }

    private static Command moveToLane(ToolRequest request) {
        if (!(request.container() instanceof Role role)) {
            return null;
        }
        if (request.source() instanceof Step step) {
            return step.getPerformer() == role ? new RefusedCommand("'" + step.getName() + "' is already performed by " + role.getName() + ".")
                    : SetCommand.create(request.domain(), step, ProcessPackage.Literals.STEP__PERFORMER, role);
        }
        if (request.source() instanceof ExceptionPath path) {
            return SetCommand.create(request.domain(), path, ProcessPackage.Literals.EXCEPTION_PATH__HANDLER, role);
        }
        return null;
    }

    private static Command moveState(ToolRequest request) {
        if (!(request.container() instanceof Workflow target) || !(request.source() instanceof WorkflowState state)
                || !(state.eContainer() instanceof Workflow from)) {
            return null;
        }
        if (from == target) {
            return new RefusedCommand("'" + state.getName() + "' is already in " + target.getName() + ".");
        }
        for (Transition transition : from.getTransitions()) {
            if (transition.getSource() == state || transition.getTarget() == state) {
                // A transition belongs to one workflow and joins two of its states.
                return new RefusedCommand("'" + state.getName() + "' cannot leave " + from.getName() + " while transitions join it to "
                        + "other states there (such as '" + transition.getName() + "'): delete or reconnect them first.");
            }
        }
        return DiagramCommands.moveInto(request.domain(), state, target, DigitalPackage.Literals.WORKFLOW__STATES);
    }
}
