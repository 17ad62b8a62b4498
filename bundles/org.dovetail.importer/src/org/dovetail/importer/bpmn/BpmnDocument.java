package org.dovetail.importer.bpmn;

import java.util.List;
import java.util.Map;

/**
 * The semantic part of a BPMN 2.0 file as {@link BpmnReader} read it (diagram interchange and vendor extensions are
 * skipped): flat lists, each element knowing its container.
 */
public record BpmnDocument(String id, String name, List<BpmnProcess> processes, List<Node> nodes, List<SequenceFlow> sequenceFlows,
        List<Lane> lanes, List<Participant> participants, List<MessageFlow> messageFlows, List<DataItem> dataItems,
        List<DataAssociation> dataAssociations, List<Resource> resources, List<Assignment> assignments, Map<String, Integer> ignored) {

    public record BpmnProcess(String id, String name) {
    }

    /**
     * A flow node (task, gateway, event, sub-process).
     *
     * @param type the BPMN element name ({@code userTask}, {@code exclusiveGateway}, {@code subProcess}…)
     * @param container the id of the process or sub-process it is in
     * @param process the id of its top-level process
     * @param eventKind an event's definition ({@code error}, {@code timer}, {@code message}…), else {@code null}
     */
    public record Node(String id, String type, String name, String container, String process, String attachedTo, String eventKind,
            String documentation, int line) {
    }

    public record SequenceFlow(String id, String name, String source, String target, String condition, String container) {
    }

    /** A lane; {@code parent} is the lane whose child lane set holds it. */
    public record Lane(String id, String name, String process, String parent, List<String> flowNodes) {
    }

    public record Participant(String id, String name, String processRef) {
    }

    public record MessageFlow(String id, String name, String source, String target) {
    }

    /**
     * A data object or data store, or a reference to one.
     *
     * @param kind {@code dataObject} or {@code dataStore}
     * @param refersTo for a reference: the data object or store it stands for, else {@code null}
     */
    public record DataItem(String id, String name, String kind, String refersTo) {
    }

    /** An activity's data association: {@code output} when the activity writes the data item, else it reads it. */
    public record DataAssociation(String id, String activity, boolean output, List<String> dataItems) {
    }

    /** A resource of the definitions (a role or a person that performs activities). */
    public record Resource(String id, String name) {
    }

    /**
     * An activity's {@code humanPerformer}, {@code potentialOwner} or {@code performer}: a resource reference or an
     * assignment expression (one of them {@code null}).
     */
    public record Assignment(String activity, String kind, String resourceRef, String expression) {
    }
}
