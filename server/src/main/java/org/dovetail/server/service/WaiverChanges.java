package org.dovetail.server.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Waiver;
import org.dovetail.server.model.ProjectModel;
import org.dovetail.sync.emf.ModelTypes;
import org.dovetail.sync.emf.SyncModelException;
import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The waivers a change set adds, changes or removes. Waiving a finding is the governance board's decision, so the
 * server refuses such a commit from a member without the governance (or admin) role, whatever the client offered.
 */
final class WaiverChanges {

    private WaiverChanges() {
    }

    /** Descriptions of the waivers {@code operations} would add, change or remove on {@code model} (before applying them). */
    static List<String> touched(List<Operation> operations, ProjectModel model) {
        Set<String> found = new LinkedHashSet<>();
        for (Operation op : operations) {
            if (op instanceof Operation.Create create) {
                if (isWaiverType(create.type())) {
                    found.add("new waiver " + create.id());
                }
            } else if (op instanceof Operation.Delete) {
                addIfWaiver(found, model.find(op.id()));
                for (String id : model.subtree(op.id())) {
                    addIfWaiver(found, model.find(id));
                }
            } else {
                addIfWaiver(found, model.find(op.id()));
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * The first operation that is not about a waiver (creating, changing or deleting one, or creating a governance model
     * to hold them), described for a 403; null when there is none. Members with the governance role only may commit
     * such change sets: the waivers the workbench's Waive action makes.
     */
    static String firstOutsideWaivers(List<Operation> operations, ProjectModel model) {
        Set<String> createdWaivers = new java.util.HashSet<>();
        for (Operation op : operations) {
            if (op instanceof Operation.Create create) {
                if (isWaiverType(create.type())) {
                    createdWaivers.add(create.id());
                    continue;
                }
                if (isType(create.type(), GovernancePackage.Literals.GOVERNANCE_MODEL)) {
                    continue;
                }
                return "creating a " + create.type();
            }
            if (createdWaivers.contains(op.id()) || model.find(op.id()) instanceof Waiver) {
                continue;
            }
            EObject element = model.find(op.id());
            return "changing " + (element == null ? op.id() : element.eClass().getName() + " " + op.id());
        }
        return null;
    }

    private static boolean isWaiverType(String type) {
        return isType(type, GovernancePackage.Literals.WAIVER);
    }

    private static boolean isType(String type, EClass expected) {
        try {
            EClass eClass = ModelTypes.eClass(type);
            return expected.isSuperTypeOf(eClass);
        } catch (SyncModelException | IllegalArgumentException e) {
            return false; // an unknown type is refused when the change set is applied
        }
    }

    private static void addIfWaiver(Set<String> found, EObject element) {
        if (element instanceof Waiver waiver) {
            String on = waiver.getElement() == null ? "" : " on " + waiver.getElement().getId();
            String rule = waiver.getRuleId() == null ? "" : " of rule " + waiver.getRuleId();
            found.add("waiver " + waiver.getId() + rule + on);
        }
    }
}
