package org.dovetail.importer.bpmn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.importer.bpmn.BpmnDocument.Lane;
import org.dovetail.importer.bpmn.BpmnDocument.MessageFlow;
import org.dovetail.importer.bpmn.BpmnDocument.Node;
import org.dovetail.importer.bpmn.BpmnDocument.Participant;
import org.dovetail.importer.bpmn.BpmnDocument.SequenceFlow;
import org.dovetail.importer.merge.ProcessSpec;
import org.dovetail.importer.merge.ProcessSpec.EvidenceSpec;
import org.dovetail.importer.merge.ProcessSpec.ExceptionSpec;
import org.dovetail.importer.merge.ProcessSpec.FlowSpec;
import org.dovetail.importer.merge.ProcessSpec.RoleSpec;
import org.dovetail.importer.merge.ProcessSpec.StageSpec;
import org.dovetail.importer.merge.ProcessSpec.StepSpec;
import org.dovetail.importer.merge.ProcessSpec.StepType;
import org.dovetail.importer.merge.ProcessSpec.TriggerSpec;
import org.dovetail.model.process.TriggerKind;

/**
 * Maps a {@link BpmnDocument} onto one Dovetail process. Activities and diverging gateways become steps; events,
 * parallel gateways and merging gateways are not steps, so the sequence flows through them are contracted into flows
 * between the steps they connect (a condition on the way is kept). Sub-processes are flattened into the process and
 * listed as a Stage. Every pool of the file goes into the same process; message flows between steps of different
 * pools become Handoff steps. Ids are {@code <process id>.<BPMN id>}.
 */
final class BpmnMapper {

    private static final Set<String> DECIDING = Set.of("exclusiveGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway");
    private static final String EXIT = "#exit";

    private record Edge(String target, String flowId, String condition) {
    }

    /** A step reached from another through non-step nodes: the first sequence flow and any condition on the way. */
    private record Reach(String firstFlow, String condition, boolean direct) {
    }

    private final BpmnDocument doc;
    private final String prefix;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, List<Edge>> out = new HashMap<>();
    private final Map<String, List<String>> in = new HashMap<>();
    private final Set<String> steps = new HashSet<>();
    /** Sub-processes with flow nodes inside; a collapsed one without content is an ordinary activity. */
    private final Set<String> expanded = new HashSet<>();
    private final Map<String, String> performer = new HashMap<>();
    final List<String> notes = new ArrayList<>();

    BpmnMapper(BpmnDocument doc, String processId) {
        this.doc = doc;
        this.prefix = processId + ".";
        doc.nodes().forEach(n -> nodes.put(n.id(), n));
        doc.nodes().forEach(n -> {
            if (!n.container().equals(n.process())) {
                expanded.add(n.container());
            }
        });
    }

    ProcessSpec map(String processId, String processName) {
        buildGraph();
        BpmnResources resources = new BpmnResources(doc, prefix);
        List<RoleSpec> roles = resources.laneRoles(performer, nodes.values());
        roles.addAll(resources.roles(performer)); // performers named on an activity win over its lane
        List<StepSpec> stepSpecs = new ArrayList<>();
        for (Node node : nodes.values()) {
            if (steps.contains(node.id())) {
                stepSpecs.add(step(node));
            }
        }
        List<FlowSpec> flows = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (String step : steps()) {
            for (Map.Entry<String, Reach> next : successors(step).entrySet()) {
                if (pairs.add(step + "\n" + next.getKey())) {
                    Reach reach = next.getValue();
                    String id = reach.direct() ? prefix + reach.firstFlow() : prefix + step + "-" + next.getKey();
                    flows.add(new FlowSpec(id, prefix + step, prefix + next.getKey(), reach.condition()));
                }
            }
        }
        handoffs(stepSpecs, flows, roles);
        Map<String, String> stepNames = new HashMap<>();
        steps.forEach(id -> stepNames.put(id, name(nodes.get(id))));
        List<EvidenceSpec> evidence = resources.evidence(steps, stepNames);
        notes.addAll(resources.notes);
        List<StageSpec> stages = new ArrayList<>();
        for (Node node : nodes.values()) {
            if (isSubProcess(node.id())) {
                List<String> members = new ArrayList<>();
                for (Node child : nodes.values()) {
                    if (node.id().equals(child.container()) && steps.contains(child.id())) {
                        members.add(prefix + child.id());
                    }
                }
                stages.add(new StageSpec(prefix + node.id(), name(node), members));
            }
        }
        List<TriggerSpec> triggers = new ArrayList<>();
        List<ExceptionSpec> exceptions = new ArrayList<>();
        for (Node node : nodes.values()) {
            if (node.type().equals("startEvent") && node.container().equals(node.process())) {
                String first = first(successors(node.id()).keySet());
                triggers.add(new TriggerSpec(prefix + node.id(), node.name() != null ? node.name() : "Start", triggerKind(node.eventKind()),
                        first == null ? null : prefix + first));
            } else if (node.type().equals("boundaryEvent")) {
                exceptions.add(exception(node));
            }
        }
        StringBuilder description = new StringBuilder("Imported from BPMN");
        if (doc.name() != null) {
            description.append(" \"").append(doc.name()).append('"');
        }
        return new ProcessSpec(processId, processName, description.toString(), prefix, roles, stepSpecs, flows, stages, triggers, exceptions, evidence);
    }

    private List<String> steps() {
        List<String> ordered = new ArrayList<>();
        for (Node node : nodes.values()) {
            if (steps.contains(node.id())) {
                ordered.add(node.id());
            }
        }
        return ordered;
    }

    private void buildGraph() {
        Map<String, Integer> outgoing = new HashMap<>();
        Set<String> hasIncoming = new HashSet<>();
        for (SequenceFlow flow : doc.sequenceFlows()) {
            outgoing.merge(flow.source(), 1, Integer::sum);
            hasIncoming.add(flow.target());
        }
        for (Node node : nodes.values()) {
            if (BpmnReader.ACTIVITIES.contains(node.type()) || node.type().equals("subProcess") && !expanded.contains(node.id()) || DECIDING.contains(node.type()) && outgoing.getOrDefault(node.id(), 0) > 1) {
                steps.add(node.id());
            }
        }
        for (SequenceFlow flow : doc.sequenceFlows()) {
            if (flow.source() == null || flow.target() == null) {
                notes.add("sequence flow " + flow.id() + " has no source or target; skipped");
                continue;
            }
            String source = isSubProcess(flow.source()) ? flow.source() + EXIT : flow.source();
            String condition = flow.condition();
            Node from = nodes.get(flow.source());
            if (condition == null && flow.name() != null && from != null && DECIDING.contains(from.type())) {
                condition = flow.name(); // "Yes", "Amount > 10 000": the label is the condition in most drawings
            }
            edge(source, new Edge(flow.target(), flow.id(), condition));
        }
        for (Node sub : nodes.values()) {
            if (!isSubProcess(sub.id())) {
                continue;
            }
            List<Node> children = nodes.values().stream().filter(n -> sub.id().equals(n.container()) && !n.type().equals("boundaryEvent")).toList();
            List<Node> starts = children.stream().filter(n -> n.type().equals("startEvent")).toList();
            if (starts.isEmpty()) {
                starts = children.stream().filter(n -> !hasIncoming.contains(n.id())).toList();
            }
            starts.forEach(s -> edge(sub.id(), new Edge(s.id(), null, null)));
            List<Node> ends = children.stream().filter(n -> n.type().equals("endEvent")).toList();
            if (ends.isEmpty()) {
                ends = children.stream().filter(n -> !outgoing.containsKey(n.id())).toList();
            }
            ends.forEach(e -> edge(e.id(), new Edge(sub.id() + EXIT, null, null)));
        }
        for (Node node : nodes.values()) {
            if (node.type().equals("boundaryEvent") && node.attachedTo() != null) {
                edge(node.attachedTo(), new Edge(node.id(), null, null)); // the exception leaves the activity it is attached to
            }
        }
    }

    private void edge(String source, Edge edge) {
        out.computeIfAbsent(source, k -> new ArrayList<>()).add(edge);
        in.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(source);
    }

    private boolean isSubProcess(String id) {
        Node node = nodes.get(id);
        return node != null && node.type().equals("subProcess") && expanded.contains(id);
    }

    /** The steps reachable from {@code from} through non-step nodes only, in the order found. */
    private Map<String, Reach> successors(String from) {
        Map<String, Reach> result = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<Object[]> work = new ArrayDeque<>();
        for (Edge edge : out.getOrDefault(from, List.of())) {
            work.add(new Object[] { edge, edge.flowId(), edge.condition(), Boolean.TRUE });
        }
        while (!work.isEmpty()) {
            Object[] item = work.poll();
            Edge edge = (Edge) item[0];
            String first = (String) item[1];
            String condition = (String) item[2];
            boolean direct = (Boolean) item[3] && edge.flowId() != null;
            if (steps.contains(edge.target())) {
                result.putIfAbsent(edge.target(), new Reach(first != null ? first : edge.flowId(), condition, direct));
                continue;
            }
            if (!seen.add(edge.target())) {
                continue;
            }
            for (Edge next : out.getOrDefault(edge.target(), List.of())) {
                String nextCondition = condition == null ? next.condition() : next.condition() == null ? condition : condition + " and " + next.condition();
                work.add(new Object[] { next, first != null ? first : next.flowId(), nextCondition, Boolean.FALSE });
            }
        }
        return result;
    }

    /** The steps from which {@code to} is reached through non-step nodes only. */
    private List<String> predecessors(String to) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> work = new ArrayDeque<>(in.getOrDefault(to, List.of()));
        while (!work.isEmpty()) {
            String node = work.poll();
            String plain = node.endsWith(EXIT) ? node.substring(0, node.length() - EXIT.length()) : node;
            if (steps.contains(plain)) {
                if (!result.contains(plain)) {
                    result.add(plain);
                }
            } else if (seen.add(node)) {
                work.addAll(in.getOrDefault(node, List.of()));
            }
        }
        return result;
    }

    /** The role of a node: its own lane, else the lane of the sub-process it is in. */
    private String performerOf(String nodeId) {
        for (String id = nodeId; id != null;) {
            String role = performer.get(id);
            if (role != null) {
                return role;
            }
            Node node = nodes.get(id);
            id = node == null || node.container().equals(node.process()) ? null : node.container();
        }
        return null;
    }

    private StepSpec step(Node node) {
        String type = node.type();
        if (DECIDING.contains(type)) {
            return new StepSpec(prefix + node.id(), StepType.DECISION, name(node), node.documentation(), false, false, node.name(),
                    performerOf(node.id()), null);
        }
        boolean manual = type.equals("userTask") || type.equals("manualTask");
        boolean automated = Set.of("serviceTask", "scriptTask", "businessRuleTask", "sendTask").contains(type);
        String description = node.documentation();
        if (type.equals("callActivity")) {
            description = description == null ? "Calls another process (BPMN call activity)" : description;
        } else if (type.equals("subProcess")) {
            description = description == null ? "A collapsed sub-process (its content is not in the file)" : description;
        }
        return new StepSpec(prefix + node.id(), StepType.TASK, name(node), description, manual, automated, null, performerOf(node.id()), null);
    }

    private ExceptionSpec exception(Node node) {
        Node attached = nodes.get(node.attachedTo());
        String handlerStep = first(successors(node.id()).keySet());
        String kind = node.eventKind() != null ? node.eventKind() : "event";
        String trigger = kind + (node.name() != null ? ": " + node.name() : "");
        String where = attached == null ? "?" : name(attached);
        String name = node.name() != null ? node.name() : capitalize(kind) + " at " + where;
        String raisedAt = attached != null && steps.contains(attached.id()) ? prefix + attached.id() : null;
        if (raisedAt == null && attached != null && isSubProcess(attached.id())) {
            trigger += " (anywhere in stage " + where + ")";
        }
        String handler = handlerStep != null ? performerOf(handlerStep) : attached != null ? performerOf(attached.id()) : null;
        return new ExceptionSpec(prefix + node.id(), name, trigger, raisedAt, handlerStep == null ? null : prefix + handlerStep, handler);
    }

    /**
     * Message flows between steps (or events next to steps) in different pools: a Handoff step between them. A message
     * flow from a step to a pool (a black box, or a pool taken as a whole): a Handoff to that pool's role, after the
     * sending step and in parallel with the path on (the process does not wait for the other party). A message flow
     * from a pool to a step: a Handoff from that pool's role to the step's performer, before the receiving step and
     * beside the path into it (the step needs both the work before it and the message).
     */
    private void handoffs(List<StepSpec> stepSpecs, List<FlowSpec> flows, List<RoleSpec> roles) {
        Map<String, Participant> pools = new HashMap<>();
        doc.participants().forEach(p -> pools.put(p.id(), p));
        for (MessageFlow message : doc.messageFlows()) {
            String from = endpoint(message.source(), true);
            String to = endpoint(message.target(), false);
            String id = prefix + message.id();
            Participant pool = to == null ? pools.get(message.target()) : null;
            if (from != null && pool != null) {
                String recipient = poolRole(pool, roles);
                String name = message.name() != null ? message.name() : "Pass to " + (pool.name() != null ? pool.name() : "the other party");
                stepSpecs.add(new StepSpec(id, StepType.HANDOFF, name, "Message flow " + message.id() + " to the pool " + (pool.name() != null ? "\""
                        + pool.name() + "\"" : pool.id()), false, false, null, performerOf(from), recipient));
                flows.add(new FlowSpec(id + ".send", prefix + from, id, null));
                for (String next : successors(from).keySet()) {
                    flows.add(new FlowSpec(id + ".then." + next, id, prefix + next, null));
                }
                continue;
            }
            Participant sender = from == null ? pools.get(message.source()) : null;
            if (sender != null && to != null) {
                String role = poolRole(sender, roles);
                String name = message.name() != null ? message.name() : "Receive from " + (sender.name() != null ? sender.name() : "the other party");
                stepSpecs.add(new StepSpec(id, StepType.HANDOFF, name, "Message flow " + message.id() + " from the pool " + (sender.name() != null
                        ? "\"" + sender.name() + "\"" : sender.id()), false, false, null, role, performerOf(to)));
                for (String before : predecessors(to)) {
                    flows.add(new FlowSpec(id + ".after." + before, prefix + before, id, null));
                }
                flows.add(new FlowSpec(id + ".receive", id, prefix + to, null));
                continue;
            }
            if (from == null || to == null) {
                notes.add("message flow " + (message.name() != null ? "\"" + message.name() + "\" " : "") + message.id()
                        + " does not join two steps or a step and a pool (it joins two pools or a sub-process); not imported");
                continue;
            }
            String recipient = performerOf(to);
            String name = message.name() != null ? message.name() : "Pass to " + roleName(recipient, to);
            stepSpecs.add(new StepSpec(id, StepType.HANDOFF, name, "Message flow " + message.id() + " between pools", false, false, null,
                    performerOf(from), recipient));
            flows.add(new FlowSpec(id + ".send", prefix + from, id, null));
            flows.add(new FlowSpec(id + ".receive", id, prefix + to, null));
        }
    }

    /** The role of a whole pool: the one {@link #roles()} made for it, else a new one named after the pool. */
    private String poolRole(Participant pool, List<RoleSpec> roles) {
        String id = prefix + pool.id();
        if (roles.stream().noneMatch(r -> r.id().equals(id))) {
            roles.add(new RoleSpec(id, pool.name() != null ? pool.name() : "Other party"));
        }
        return id;
    }

    private String roleName(String roleId, String stepId) {
        for (Lane lane : doc.lanes()) {
            if ((prefix + lane.id()).equals(roleId) && lane.name() != null) {
                return lane.name();
            }
        }
        for (Participant pool : doc.participants()) {
            if ((prefix + pool.id()).equals(roleId) && pool.name() != null) {
                return pool.name();
            }
        }
        return name(nodes.get(stepId));
    }

    /** The step a message flow end stands for: the step itself, or the single step next to an event. */
    private String endpoint(String id, boolean sending) {
        Node node = nodes.get(id);
        if (node == null) {
            return null; // a pool
        }
        if (steps.contains(id)) {
            return id;
        }
        if (!BpmnReader.EVENTS.contains(node.type())) {
            return null;
        }
        List<String> near = sending ? predecessors(id) : new ArrayList<>(successors(id).keySet());
        return near.size() == 1 ? near.get(0) : null;
    }

    private static TriggerKind triggerKind(String eventKind) {
        if (eventKind == null) {
            return TriggerKind.REQUEST;
        }
        return switch (eventKind) {
            case "message" -> TriggerKind.MESSAGE;
            case "timer" -> TriggerKind.SCHEDULE;
            case "conditional" -> TriggerKind.CONDITION;
            default -> TriggerKind.EVENT;
        };
    }

    static String name(Node node) {
        if (node.name() != null) {
            return node.name();
        }
        return switch (node.type()) {
            case "exclusiveGateway", "inclusiveGateway", "complexGateway" -> "Decision";
            case "eventBasedGateway" -> "Wait for the first event";
            case "subProcess" -> "Sub-process";
            default -> capitalize(node.type().replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT));
        };
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String first(Set<String> set) {
        return set.isEmpty() ? null : set.iterator().next();
    }
}
