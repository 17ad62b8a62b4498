package org.dovetail.importer.bpmn;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.bpmn.BpmnDocument.Assignment;
import org.dovetail.importer.bpmn.BpmnDocument.BpmnProcess;
import org.dovetail.importer.bpmn.BpmnDocument.DataAssociation;
import org.dovetail.importer.bpmn.BpmnDocument.DataItem;
import org.dovetail.importer.bpmn.BpmnDocument.Lane;
import org.dovetail.importer.bpmn.BpmnDocument.MessageFlow;
import org.dovetail.importer.bpmn.BpmnDocument.Node;
import org.dovetail.importer.bpmn.BpmnDocument.Participant;
import org.dovetail.importer.bpmn.BpmnDocument.Resource;
import org.dovetail.importer.bpmn.BpmnDocument.SequenceFlow;
import org.dovetail.importer.internal.SafeXml;

/**
 * Reads the semantic elements of a BPMN 2.0 file with the hardened StAX reader in one streaming pass. Diagram
 * interchange ({@code bpmndi}) and vendor extensions are skipped unread, so their size does not matter.
 */
public final class BpmnReader {

    /** The BPMN 2.0 model namespace. */
    public static final String NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    static final Set<String> ACTIVITIES = Set.of("task", "userTask", "manualTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask",
            "receiveTask", "callActivity");
    static final Set<String> GATEWAYS = Set.of("exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway");
    static final Set<String> EVENTS = Set.of("startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent");
    static final Set<String> SUB_PROCESSES = Set.of("subProcess", "transaction", "adHocSubProcess");
    /** Semantic elements Dovetail has no place for; counted, so the import can say what it left out. */
    private static final Set<String> IGNORED = Set.of("textAnnotation", "association", "group", "globalTask", "globalUserTask");
    private static final Set<String> DATA = Set.of("dataObject", "dataObjectReference", "dataStore", "dataStoreReference");
    private static final Set<String> PERFORMERS = Set.of("humanPerformer", "potentialOwner", "performer");

    private BpmnReader() {
    }

    public static BpmnDocument read(Path file, long maxBytes, ImportMonitor monitor) throws ImportException {
        try (SafeXml xml = SafeXml.open(file, maxBytes, monitor)) {
            return new State(xml).read();
        }
    }

    private record Open(int depth, String id) {
    }

    private static final class State {
        final SafeXml xml;
        final XMLStreamReader r;
        final List<BpmnProcess> processes = new ArrayList<>();
        final List<Node> nodes = new ArrayList<>();
        final List<SequenceFlow> flows = new ArrayList<>();
        final List<Lane> lanes = new ArrayList<>();
        final List<Participant> participants = new ArrayList<>();
        final List<MessageFlow> messageFlows = new ArrayList<>();
        final Map<String, Integer> ignored = new TreeMap<>();
        final List<DataItem> dataItems = new ArrayList<>();
        final List<DataAssociation> dataAssociations = new ArrayList<>();
        final List<Resource> resources = new ArrayList<>();
        final List<Assignment> assignments = new ArrayList<>();
        // The data association or performer being read (inside an activity), for its reference children.
        String[] association;
        List<String> associationRefs;
        int associationDepth = -1;
        String[] assignment;
        int assignmentDepth = -1;
        final Deque<Open> containers = new ArrayDeque<>();
        final Deque<Open> openLanes = new ArrayDeque<>();
        final Deque<List<String>> laneRefs = new ArrayDeque<>();
        String process;
        // The flow node or sequence flow being read, for its children (event definition, documentation, condition).
        int nodeDepth = -1;
        String[] node;
        String nodeEventKind;
        String nodeDocumentation;
        int nodeLine;
        String[] flow;
        String flowCondition;
        int flowDepth = -1;
        int elements;

        State(SafeXml xml) {
            this.xml = xml;
            this.r = xml.reader();
        }

        BpmnDocument read() throws ImportException {
            if (!xml.nextStartElement()) {
                throw xml.error("no root element");
            }
            if (!NS.equals(r.getNamespaceURI()) || !"definitions".equals(r.getLocalName())) {
                throw xml.error("not a BPMN 2.0 file: the root element is " + qname() + ", expected definitions in " + NS);
            }
            String id = xml.attribute("id");
            String name = xml.attribute("name");
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end();
                }
            }
            return new BpmnDocument(id, name, processes, nodes, flows, lanes, participants, messageFlows, dataItems, dataAssociations, resources,
                    assignments, ignored);
        }

        private String qname() {
            String ns = r.getNamespaceURI();
            return (ns == null || ns.isEmpty() ? "" : "{" + ns + "}") + r.getLocalName();
        }

        private void start() throws ImportException {
            if ((++elements & 1023) == 0) {
                xml.checkCanceled();
            }
            if (!NS.equals(r.getNamespaceURI())) {
                xml.skipElement(); // diagram interchange, vendor extensions
                return;
            }
            String local = r.getLocalName();
            int depth = xml.depth();
            String id = xml.attribute("id");
            if (local.equals("extensionElements")) {
                xml.skipElement();
            } else if (local.equals("process")) {
                requireId(id, local);
                processes.add(new BpmnProcess(id, blankToNull(xml.attribute("name"))));
                process = id;
                containers.push(new Open(depth, id));
            } else if (ACTIVITIES.contains(local) || GATEWAYS.contains(local) || EVENTS.contains(local) || SUB_PROCESSES.contains(local)) {
                requireId(id, local);
                if (containers.isEmpty()) {
                    throw xml.error(local + " " + id + " is outside any process");
                }
                if (node != null) {
                    flushNode(); // a sub-process's own record comes before its children
                }
                node = new String[] { id, SUB_PROCESSES.contains(local) ? "subProcess" : local, xml.attribute("name"), containers.peek().id(),
                        xml.attribute("attachedToRef") };
                nodeDepth = depth;
                nodeLine = xml.reader().getLocation().getLineNumber();
                nodeEventKind = null;
                nodeDocumentation = null;
                if (SUB_PROCESSES.contains(local)) {
                    containers.push(new Open(depth, id));
                }
            } else if (local.endsWith("EventDefinition") && node != null) {
                nodeEventKind = local.substring(0, local.length() - "EventDefinition".length());
                xml.skipElement();
            } else if (local.equals("documentation") && node != null && depth == nodeDepth + 1) {
                String text = xml.elementText();
                nodeDocumentation = nodeDocumentation == null ? text : nodeDocumentation;
            } else if (local.equals("sequenceFlow")) {
                requireId(id, local);
                flow = new String[] { id, xml.attribute("name"), xml.attribute("sourceRef"), xml.attribute("targetRef"),
                        containers.isEmpty() ? null : containers.peek().id() };
                flowCondition = null;
                flowDepth = depth;
            } else if (local.equals("conditionExpression") && flow != null) {
                flowCondition = xml.elementText();
            } else if (local.equals("lane")) {
                requireId(id, local);
                String parent = openLanes.isEmpty() ? null : openLanes.peek().id();
                openLanes.push(new Open(depth, id));
                List<String> refs = new ArrayList<>();
                laneRefs.push(refs);
                lanes.add(new Lane(id, blankToNull(xml.attribute("name")), process, parent, refs));
            } else if (local.equals("flowNodeRef") && !laneRefs.isEmpty()) {
                laneRefs.peek().add(xml.elementText());
            } else if (local.equals("participant")) {
                participants.add(new Participant(id, blankToNull(xml.attribute("name")), xml.attribute("processRef")));
            } else if (local.equals("messageFlow")) {
                messageFlows.add(new MessageFlow(id, blankToNull(xml.attribute("name")), xml.attribute("sourceRef"), xml.attribute("targetRef")));
            } else if (DATA.contains(local)) {
                String refersTo = local.endsWith("Reference") ? xml.attribute(local.equals("dataObjectReference") ? "dataObjectRef" : "dataStoreRef") : null;
                dataItems.add(new DataItem(id, blankToNull(xml.attribute("name")), local.startsWith("dataStore") ? "dataStore" : "dataObject", refersTo));
                xml.skipElement();
            } else if ((local.equals("dataInputAssociation") || local.equals("dataOutputAssociation")) && node != null) {
                association = new String[] { id, node[0], local };
                associationRefs = new ArrayList<>();
                associationDepth = depth;
            } else if ((local.equals("sourceRef") || local.equals("targetRef")) && association != null) {
                // Input: the data item is the source; output: the target.
                boolean output = association[2].equals("dataOutputAssociation");
                String ref = xml.elementText();
                if (output == local.equals("targetRef")) {
                    associationRefs.add(ref);
                }
            } else if (local.equals("resource")) {
                resources.add(new Resource(id, blankToNull(xml.attribute("name"))));
                xml.skipElement();
            } else if (PERFORMERS.contains(local) && node != null) {
                assignment = new String[] { node[0], local, null, null };
                assignmentDepth = depth;
            } else if (local.equals("resourceRef") && assignment != null) {
                assignment[2] = xml.elementText();
            } else if (local.equals("formalExpression") && assignment != null) {
                assignment[3] = blankToNull(xml.elementText());
            } else if (IGNORED.contains(local)) {
                ignored.merge(local, 1, Integer::sum);
                xml.skipElement();
            }
        }

        private void end() {
            int depth = xml.depth() + 1; // the depth the ended element had
            if (association != null && depth == associationDepth) {
                dataAssociations.add(new DataAssociation(association[0], association[1], association[2].equals("dataOutputAssociation"), associationRefs));
                association = null;
                associationDepth = -1;
            }
            if (assignment != null && depth == assignmentDepth) {
                assignments.add(new Assignment(assignment[0], assignment[1], assignment[2], assignment[3]));
                assignment = null;
                assignmentDepth = -1;
            }
            if (node != null && depth == nodeDepth) {
                flushNode();
            }
            if (flow != null && depth == flowDepth) {
                flows.add(new SequenceFlow(flow[0], blankToNull(flow[1]), flow[2], flow[3], flowCondition == null || flowCondition.isBlank() ? null : flowCondition,
                        flow[4]));
                flow = null;
                flowDepth = -1;
            }
            if (!containers.isEmpty() && containers.peek().depth() == depth) {
                containers.pop();
            }
            if (!openLanes.isEmpty() && openLanes.peek().depth() == depth) {
                openLanes.pop();
                laneRefs.pop();
            }
        }

        private void flushNode() {
            String container = node[3];
            String top = process;
            nodes.add(new Node(node[0], node[1], blankToNull(node[2]), container, top, node[4], nodeEventKind, nodeDocumentation, nodeLine));
            node = null;
            nodeDepth = -1;
        }

        private void requireId(String id, String element) throws ImportException {
            if (id == null || id.isBlank()) {
                throw xml.error(element + " without an id");
            }
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }
}
