package org.dovetail.editor.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dovetail.model.governance.GovernancePackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * One kind of governance mapping, read from the metamodel: a concrete subclass of {@code Mapping} with one
 * single-valued reference to the process element it maps ({@code step}, {@code decisionRight}…) and one many-valued
 * reference to the digital (or enforcing) elements it maps to ({@code states}, {@code permissions}…). Reading them
 * from the metamodel keeps the mapping editor right when a mapping type is added.
 */
public record MappingType(EClass eClass, EReference source, EReference targets) {

    private static List<MappingType> all;
    private static volatile Map<EClass, MappingType> byClass;
    private static final Map<EClass, String> SHORT_LABELS = new ConcurrentHashMap<>();

    /** Every mapping type of the metamodel, in the order the governance package declares them. */
    public static synchronized List<MappingType> all() {
        if (all == null) {
            List<MappingType> types = new ArrayList<>();
            EClass mapping = GovernancePackage.Literals.MAPPING;
            for (EClassifier classifier : GovernancePackage.eINSTANCE.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && mapping.isSuperTypeOf(eClass)) {
                    EReference source = null;
                    EReference targets = null;
                    for (EReference reference : eClass.getEReferences()) {
                        if (!reference.isContainment() && !reference.isMany() && source == null) {
                            source = reference;
                        } else if (!reference.isContainment() && reference.isMany() && targets == null) {
                            targets = reference;
                        }
                    }
                    if (source != null && targets != null) {
                        types.add(new MappingType(eClass, source, targets));
                    }
                }
            }
            all = List.copyOf(types);
        }
        return all;
    }

    /** The mapping types that can map {@code source} to {@code target}. */
    public static List<MappingType> between(EObject source, EObject target) {
        return all().stream().filter(type -> type.accepts(source, target)).toList();
    }

    /** The mapping type of a mapping element, or {@code null} if it is none. */
    public static MappingType of(EObject mapping) {
        // Asked for every row of the mapping table and every mapping of the index: a lookup, not a search.
        Map<EClass, MappingType> types = byClass;
        if (types == null) {
            types = new HashMap<>();
            for (MappingType type : all()) {
                types.putIfAbsent(type.eClass(), type);
            }
            byClass = types;
        }
        return types.get(mapping.eClass());
    }

    public boolean accepts(EObject sourceElement, EObject targetElement) {
        return source.getEReferenceType().isInstance(sourceElement) && targets.getEReferenceType().isInstance(targetElement);
    }

    /** "Step ↔ Workflow State", from the class names. */
    public String label() {
        return words(source.getEReferenceType().getName()) + " ↔ " + words(targets.getEReferenceType().getName());
    }

    /** "Step ↔ State", from the mapping class's name ("StepStateMapping"); {@link #label()} if it is one word. */
    public String shortLabel() {
        return SHORT_LABELS.computeIfAbsent(eClass, type -> computeShortLabel());
    }

    private String computeShortLabel() {
        String[] parts = eClass.getName().replaceFirst("Mapping$", "").split("(?<=[a-z])(?=[A-Z])");
        return parts.length == 2 ? parts[0] + " ↔ " + parts[1] : label();
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    }
}
