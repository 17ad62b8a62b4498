package org.dovetail.importer.bpmn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.importer.bpmn.BpmnDocument.Assignment;
import org.dovetail.importer.bpmn.BpmnDocument.DataAssociation;
import org.dovetail.importer.bpmn.BpmnDocument.DataItem;
import org.dovetail.importer.bpmn.BpmnDocument.Lane;
import org.dovetail.importer.bpmn.BpmnDocument.Node;
import org.dovetail.importer.bpmn.BpmnDocument.Participant;
import org.dovetail.importer.bpmn.BpmnDocument.Resource;
import org.dovetail.importer.merge.ProcessSpec.EvidenceSpec;
import org.dovetail.importer.merge.ProcessSpec.RoleSpec;

/**
 * What a BPMN file says about records and people, beyond the flow:
 * <ul>
 * <li>leaf lanes, and pools without lanes → <b>Role</b>s, the performers of their flow nodes;</li>
 * <li>a data object or data store an activity <b>writes</b> (a data output association) → an <b>EvidenceRequirement</b>
 * of that step: what doing the step leaves on record (mandatory, named after the data; "written to data store X").
 * What an activity only <b>reads</b> is its input, not evidence that it was done: listed, not imported;</li>
 * <li>{@code humanPerformer}, {@code potentialOwner}, {@code performer} → a <b>Role</b> (the resource's name, else the
 * assignment expression) and the step's performer: named on the activity, it is more specific than the lane.</li>
 * </ul>
 */
final class BpmnResources {

    private final BpmnDocument doc;
    private final String prefix;
    private final Map<String, DataItem> data = new HashMap<>();
    private final Map<String, Resource> resources = new HashMap<>();
    final List<String> notes = new ArrayList<>();

    BpmnResources(BpmnDocument doc, String prefix) {
        this.doc = doc;
        this.prefix = prefix;
        doc.dataItems().forEach(d -> data.put(d.id(), d));
        doc.resources().forEach(r -> resources.put(r.id(), r));
    }

    /** Leaf lanes, and pools without lanes, as roles; {@code performer} gets each flow node's lane (or pool) role. */
    List<RoleSpec> laneRoles(Map<String, String> performer, Collection<Node> nodes) {
        List<RoleSpec> roles = new ArrayList<>();
        Set<String> parents = new HashSet<>();
        doc.lanes().forEach(l -> {
            if (l.parent() != null) {
                parents.add(l.parent());
            }
        });
        Set<String> processesWithLanes = new HashSet<>();
        for (Lane lane : doc.lanes()) {
            processesWithLanes.add(lane.process());
            if (parents.contains(lane.id())) {
                continue; // a lane split into lanes: its leaves are the roles
            }
            String id = prefix + lane.id();
            roles.add(new RoleSpec(id, lane.name() != null ? lane.name() : poolName(lane.process())));
            lane.flowNodes().forEach(n -> performer.put(n, id));
        }
        for (Participant pool : doc.participants()) {
            if (pool.processRef() == null || processesWithLanes.contains(pool.processRef()) || pool.name() == null) {
                continue;
            }
            String id = prefix + pool.id();
            roles.add(new RoleSpec(id, pool.name()));
            for (Node node : nodes) {
                if (pool.processRef().equals(node.process())) {
                    performer.putIfAbsent(node.id(), id);
                }
            }
        }
        return roles;
    }

    /** An unnamed lane is its pool's. */
    private String poolName(String processId) {
        for (Participant pool : doc.participants()) {
            if (processId != null && processId.equals(pool.processRef()) && pool.name() != null) {
                return pool.name();
            }
        }
        return "Unnamed lane";
    }

    /** The roles the performers name, by id; {@code performers} gets each activity's first one. */
    List<RoleSpec> roles(Map<String, String> performers) {
        Map<String, RoleSpec> roles = new LinkedHashMap<>();
        Map<String, Integer> perActivity = new HashMap<>();
        for (Assignment a : doc.assignments()) {
            Resource resource = a.resourceRef() == null ? null : resources.get(a.resourceRef().strip());
            String name = resource != null && resource.name() != null ? resource.name() : a.expression();
            if (name == null) {
                notes.add(a.kind() + " of " + a.activity() + " names no resource and no expression; not imported");
                continue;
            }
            String id = resource != null ? prefix + resource.id() : prefix + "performer." + name.replaceAll("[^A-Za-z0-9_.-]", "_");
            roles.putIfAbsent(id, new RoleSpec(id, name));
            if (perActivity.merge(a.activity(), 1, Integer::sum) == 1) {
                performers.put(a.activity(), id);
            } else if (perActivity.get(a.activity()) == 2) {
                notes.add("activity " + a.activity() + " has more than one performer; the first is the step's performer, the others are roles");
            }
        }
        return new ArrayList<>(roles.values());
    }

    /** Evidence of the steps (BPMN ids in {@code steps}) from their data output associations. */
    List<EvidenceSpec> evidence(Set<String> steps, Map<String, String> stepNames) {
        List<EvidenceSpec> result = new ArrayList<>();
        Map<String, Boolean> written = new LinkedHashMap<>();
        doc.dataItems().stream().filter(d -> d.refersTo() == null).forEach(d -> written.put(d.id(), false));
        int reads = 0;
        for (DataAssociation association : doc.dataAssociations()) {
            if (!association.output()) {
                reads += association.dataItems().size();
                continue;
            }
            for (String ref : association.dataItems()) {
                DataItem item = data.get(ref.strip());
                if (item == null) {
                    continue; // an activity's own data output, not a data object or store
                }
                DataItem target = item.refersTo() != null && data.containsKey(item.refersTo()) ? data.get(item.refersTo()) : item;
                written.put(target.id(), true);
                if (!steps.contains(association.activity())) {
                    notes.add(kindName(target) + " \"" + name(item, target) + "\" is written by " + association.activity() + ", which is not a step; not imported");
                    continue;
                }
                result.add(new EvidenceSpec(prefix + association.activity() + "." + item.id(), name(item, target), "Written to " + kindName(target)
                        + " \"" + name(item, target) + "\" by \"" + stepNames.get(association.activity()) + "\" (BPMN data output association)",
                        prefix + association.activity(), true));
            }
        }
        if (reads > 0) {
            notes.add(reads + " data input association" + (reads == 1 ? "" : "s") + " (what steps read): inputs are not evidence; not imported");
        }
        written.forEach((id, isWritten) -> {
            if (!isWritten) {
                DataItem item = data.get(id);
                notes.add(kindName(item) + " \"" + name(item, item) + "\" is written by no step; not imported");
            }
        });
        return result;
    }

    private static String name(DataItem item, DataItem target) {
        return item.name() != null ? item.name() : target.name() != null ? target.name() : target.id();
    }

    private static String kindName(DataItem item) {
        return item.kind().equals("dataStore") ? "data store" : "data object";
    }
}
