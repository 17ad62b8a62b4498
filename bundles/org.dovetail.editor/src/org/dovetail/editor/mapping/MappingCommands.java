package org.dovetail.editor.mapping;

import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Element;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.MappingStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The model change of mapping a process element to a digital one, as one undoable command. */
public final class MappingCommands {

    private MappingCommands() {
    }

    /**
     * Maps {@code source} to {@code target} with a mapping of {@code type}: adds the target to the live mapping of
     * that type that already maps the source, or creates a new, proposed mapping in the model's governance (creating
     * the governance part if the model has none).
     */
    public static Command map(EditingDomain domain, MappingType type, EObject source, EObject target) {
        if (!type.accepts(source, target) || !(EcoreUtil.getRootContainer(source) instanceof DovetailModel model)) {
            return UnexecutableCommand.INSTANCE;
        }
        GovernanceModel governance = model.getGovernance();
        if (governance != null) {
            for (Mapping existing : governance.getMappings()) {
                if (existing.eClass() == type.eClass() && existing.eGet(type.source()) == source
                        && existing.getStatus() != MappingStatus.RETIRED) {
                    if (((List<?>) existing.eGet(type.targets())).contains(target)) {
                        return UnexecutableCommand.INSTANCE; // mapped already
                    }
                    return AddCommand.create(domain, existing, type.targets(), target);
                }
            }
        }
        Mapping mapping = (Mapping) GovernanceFactory.eINSTANCE.create(type.eClass());
        mapping.setName(name(source) + " ↔ " + name(target));
        mapping.setStatus(MappingStatus.PROPOSED);
        mapping.eSet(type.source(), source);
        @SuppressWarnings("unchecked")
        List<EObject> targets = (List<EObject>) mapping.eGet(type.targets());
        targets.add(target);
        CompoundCommand command = new CompoundCommand("Map " + name(source) + " to " + name(target));
        if (governance == null) {
            governance = GovernanceFactory.eINSTANCE.createGovernanceModel();
            command.append(SetCommand.create(domain, model, DovetailPackage.Literals.DOVETAIL_MODEL__GOVERNANCE, governance));
        }
        command.append(AddCommand.create(domain, governance, GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS, mapping));
        return command;
    }

    private static String name(EObject element) {
        return element instanceof Element named && named.getName() != null ? named.getName() : element.eClass().getName();
    }
}
