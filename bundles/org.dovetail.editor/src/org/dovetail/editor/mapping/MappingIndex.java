package org.dovetail.editor.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.MappingStatus;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Step;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Which elements the governance mappings of a model cover, built in one pass over the mappings: what maps each
 * process-side element, what each digital element is mapped from, and coverage per process. Retired mappings do
 * not count. Plain Java: the mapping page and the overview both use it.
 */
public final class MappingIndex {

    /** The classes whose instances should be mapped, process side (sources) and digital side (specific targets). */
    private static final List<EClass> SOURCE_TYPES = MappingType.all().stream().map(t -> t.source().getEReferenceType()).distinct().toList();
    private static final List<EClass> TARGET_TYPES = MappingType.all().stream().map(t -> t.targets().getEReferenceType())
            // "any digital element" targets (handling, implementation, replacement) do not make every system element mappable
            .filter(type -> !type.getName().equals("DigitalElement")).distinct().toList();

    private final List<Mapping> mappings = new ArrayList<>();
    private final Map<EObject, List<Mapping>> bySource = new IdentityHashMap<>();
    private final Map<EObject, List<Mapping>> byTarget = new IdentityHashMap<>();
    /** Everything the index is made from, in order (elements compare by identity): equal signatures, equal indexes. */
    private final List<Object> signature = new ArrayList<>();

    private MappingIndex() {
    }

    /** The index of the model in {@code resource} (empty if it has none or no governance). */
    public static MappingIndex of(Resource resource) {
        return of(resource, null);
    }

    /**
     * The index of the model in {@code resource}, or {@code previous} itself when the model maps the same elements by
     * the same mappings as when it was made: then only the mappings are walked, not indexed again.
     */
    public static MappingIndex of(Resource resource, MappingIndex previous) {
        MappingIndex index = new MappingIndex();
        if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DovetailModel model)
                || model.getGovernance() == null) {
            return previous != null && previous.signature.isEmpty() ? previous : index;
        }
        List<MappingType> types = new ArrayList<>();
        for (Mapping mapping : model.getGovernance().getMappings()) {
            MappingType type = MappingType.of(mapping);
            if (type != null) {
                index.mappings.add(mapping);
                types.add(type);
                index.sign(mapping, type);
            }
        }
        if (previous != null && index.signature.equals(previous.signature)) {
            return previous;
        }
        for (int i = 0; i < index.mappings.size(); i++) {
            Mapping mapping = index.mappings.get(i);
            MappingType type = types.get(i);
            if (mapping.getStatus() == MappingStatus.RETIRED) {
                continue;
            }
            if (mapping.eGet(type.source()) instanceof EObject source) {
                index.bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(mapping);
            }
            for (Object target : (List<?>) mapping.eGet(type.targets())) {
                index.byTarget.computeIfAbsent((EObject) target, k -> new ArrayList<>()).add(mapping);
            }
        }
        return index;
    }

    /** Adds what the index takes from {@code mapping} to the signature: itself, whether retired, its source and targets. */
    private void sign(Mapping mapping, MappingType type) {
        signature.add(mapping);
        signature.add(mapping.getStatus() == MappingStatus.RETIRED);
        signature.add(mapping.eGet(type.source()));
        List<?> targets = (List<?>) mapping.eGet(type.targets());
        signature.add(targets.size());
        signature.addAll(targets);
    }

    /** Every mapping of the model, retired ones included, in model order. */
    public List<Mapping> mappings() {
        return List.copyOf(mappings);
    }

    /** Whether {@code element} is a kind of element that mappings should cover. */
    public static boolean isMappable(EObject element) {
        // Asked for every element of the model on every refresh: answered once per class.
        return MAPPABLE.computeIfAbsent(element.eClass(), type -> SOURCE_TYPES.stream().anyMatch(t -> t.isSuperTypeOf(type))
                || TARGET_TYPES.stream().anyMatch(t -> t.isSuperTypeOf(type)));
    }

    private static final Map<EClass, Boolean> MAPPABLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a live mapping maps {@code element} (as its process element or among its targets). */
    public boolean isMapped(EObject element) {
        return bySource.containsKey(element) || byTarget.containsKey(element);
    }

    /** The live mappings that map {@code element}, either side. */
    public List<Mapping> mappingsOf(EObject element) {
        List<Mapping> found = new ArrayList<>(bySource.getOrDefault(element, List.of()));
        found.addAll(byTarget.getOrDefault(element, List.of()));
        return found;
    }

    /** Mapped and mappable elements of one process: its steps, their evidence, its decision rights and exception paths. */
    public Coverage coverage(Process process) {
        int mapped = 0;
        int total = 0;
        List<EObject> elements = new ArrayList<>();
        for (Step step : process.getSteps()) {
            elements.add(step);
            elements.addAll(step.getEvidence());
        }
        elements.addAll(process.getDecisionRights());
        elements.addAll(process.getExceptionPaths());
        Map<String, int[]> byKind = new HashMap<>();
        for (EObject element : elements) {
            total++;
            boolean isMapped = isMapped(element);
            if (isMapped) {
                mapped++;
            }
            int[] counts = byKind.computeIfAbsent(kind(element), k -> new int[2]);
            counts[0] += isMapped ? 1 : 0;
            counts[1]++;
        }
        return new Coverage(mapped, total, byKind);
    }

    private static String kind(EObject element) {
        return element instanceof Step ? "Steps"
                : KINDS.computeIfAbsent(element.eClass(), type -> type.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ") + "s");
    }

    /** The kind label per class: coverage asks for every element of every process. */
    private static final Map<EClass, String> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many of a process's mappable elements are mapped, overall and by kind ({mapped, total}). */
    public record Coverage(int mapped, int total, Map<String, int[]> byKind) {

        /** Mapped share in whole percent (100 for a process with nothing to map). */
        public int percent() {
            return total == 0 ? 100 : (int) Math.floor(100.0 * mapped / total);
        }

        @Override
        public String toString() {
            return mapped + "/" + total + " mapped (" + percent() + " %)";
        }
    }
}
