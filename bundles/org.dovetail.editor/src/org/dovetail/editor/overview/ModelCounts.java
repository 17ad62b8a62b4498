package org.dovetail.editor.overview;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dovetail.model.governance.Finding;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.Waiver;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** How many elements of each kind a model has, in one pass, grouped as the overview shows them. */
public final class ModelCounts {

    private static final Map<Class<?>, String> PROCESS = kinds(Process.class, "Processes", Step.class, "Steps", Role.class, "Roles",
            DecisionRight.class, "Decision rights", EvidenceRequirement.class, "Evidence requirements", ExceptionPath.class,
            "Exception paths", Control.class, "Controls", LegacyArtifact.class, "Legacy artifacts");
    private static final Map<Class<?>, String> DIGITAL = kinds(InformationSystem.class, "Systems", WorkflowState.class,
            "Workflow states", Permission.class, "Permissions", DataField.class, "Data fields");
    private static final Map<Class<?>, String> GOVERNANCE = kinds(Mapping.class, "Mappings", Finding.class, "Recorded findings",
            Waiver.class, "Waivers");

    private final Map<String, Integer> process = new LinkedHashMap<>();
    private final Map<String, Integer> digital = new LinkedHashMap<>();
    private final Map<String, Integer> governance = new LinkedHashMap<>();
    private int elements;

    /** No elements counted yet; {@link #add(EObject)} counts one. */
    public ModelCounts() {
        PROCESS.values().forEach(label -> process.put(label, 0));
        DIGITAL.values().forEach(label -> digital.put(label, 0));
        GOVERNANCE.values().forEach(label -> governance.put(label, 0));
    }

    public static ModelCounts of(Resource resource) {
        ModelCounts counts = new ModelCounts();
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            counts.add(all.next());
        }
        return counts;
    }

    /** Counts one more element. */
    public void add(EObject element) {
        elements++;
        count(element, PROCESS, process);
        count(element, DIGITAL, digital);
        count(element, GOVERNANCE, governance);
    }

    private static void count(EObject element, Map<Class<?>, String> kinds, Map<String, Integer> counts) {
        for (Map.Entry<Class<?>, String> kind : kinds.entrySet()) {
            if (kind.getKey().isInstance(element)) {
                counts.merge(kind.getValue(), 1, Integer::sum);
            }
        }
    }

    private static Map<Class<?>, String> kinds(Object... pairs) {
        Map<Class<?>, String> kinds = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            kinds.put((Class<?>) pairs[i], (String) pairs[i + 1]);
        }
        return kinds;
    }

    public Map<String, Integer> process() {
        return process;
    }

    public Map<String, Integer> digital() {
        return digital;
    }

    public Map<String, Integer> governance() {
        return governance;
    }

    /** Every element of the model, of any kind. */
    public int elements() {
        return elements;
    }
}
