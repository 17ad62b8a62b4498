package org.dovetail.sync.ui.internal.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.dovetail.model.Identified;
import org.dovetail.sync.emf.ModelTypes;
import org.dovetail.sync.emf.ProjectResources;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * An element (or the whole project) at a revision against the local models, feature by feature: one row per value
 * feature of the element (all of them, the differing ones marked), or for the whole project one row per difference.
 */
public final class RevisionComparison {

    /** One feature of one element on both sides; {@code null} values read "(none)". */
    public record Row(String elementId, String element, String feature, String atRevision, String local, boolean differs) {
    }

    static final String WHOLE = "(the element)";
    static final String PLACE = "(its place)";

    private final Map<String, EObject> atRevision;
    private final Map<String, EObject> local;

    public RevisionComparison(ProjectResources atRevision, ProjectResources local) {
        this.atRevision = elements(atRevision);
        this.local = elements(local);
    }

    /** Every value feature of {@code id}, both sides; {@code onlyDifferences} leaves out the equal ones. */
    public List<Row> element(String id, boolean onlyDifferences) {
        List<Row> rows = new ArrayList<>();
        EObject before = atRevision.get(id);
        EObject now = local.get(id);
        if (before == null || now == null) {
            rows.add(new Row(id, label(before != null ? before : now, id), WHOLE, before == null ? null : "exists",
                    now == null ? null : "exists", true));
            return rows;
        }
        if (before.eClass() != now.eClass()) {
            rows.add(new Row(id, label(now, id), "type", before.eClass().getName(), now.eClass().getName(), true));
            return rows;
        }
        // Equal by value (ids for references); shown by label, so a renamed target does not count as a change here.
        boolean movedAway = !Objects.equals(placeKey(before), placeKey(now));
        if (movedAway || !onlyDifferences) {
            rows.add(new Row(id, label(now, id), PLACE, place(before), place(now), movedAway));
        }
        for (EStructuralFeature feature : ModelTypes.valueFeatures(now.eClass())) {
            boolean differs = !Objects.equals(raw(before, feature), raw(now, feature));
            if (differs || !onlyDifferences) {
                rows.add(new Row(id, label(now, id), feature.getName(), text(before, feature), text(now, feature), differs));
            }
        }
        return rows;
    }

    /** The differences of the whole project: elements added, removed, moved or changed since the revision. */
    public List<Row> differences() {
        Set<String> ids = new LinkedHashSet<>(atRevision.keySet());
        ids.addAll(local.keySet());
        List<Row> rows = new ArrayList<>();
        for (String id : ids) {
            rows.addAll(element(id, true));
        }
        return rows;
    }

    private String text(EObject element, EStructuralFeature feature) {
        Object value = element.eGet(feature);
        if (feature.isMany()) {
            Collection<?> values = (Collection<?>) value;
            return values.isEmpty() ? null : values.stream().map(v -> one(feature, v)).collect(Collectors.joining(", "));
        }
        // Not eIsSet: a model built from operations and one loaded from a file differ in what is "set" to the default.
        return one(feature, value);
    }

    /** The value as operations carry it: literals, ids of referenced elements. */
    private static List<String> raw(EObject element, EStructuralFeature feature) {
        Object value = element.eGet(feature);
        Collection<?> values = feature.isMany() ? (Collection<?>) value : value == null ? List.of() : List.of(value);
        return values.stream().map(v -> ModelTypes.toValue(feature, v)).toList();
    }

    private static String placeKey(EObject element) {
        EObject container = element.eContainer();
        return container == null ? "top" : element.eContainmentFeature().getName() + "@" + idOrNull(container);
    }

    private String one(EStructuralFeature feature, Object value) {
        if (value == null) {
            return null;
        }
        if (feature instanceof EReference && value instanceof EObject target) {
            String id = target.eIsProxy() ? ModelTypes.toValue(feature, target) : idOrNull(target);
            return label(target.eIsProxy() ? null : target, id);
        }
        return ModelTypes.toValue(feature, value);
    }

    private String place(EObject element) {
        EObject container = element.eContainer();
        if (container == null) {
            return "top of " + (element.eResource() == null ? "?" : element.eResource().getURI().lastSegment());
        }
        return element.eContainmentFeature().getName() + " of " + label(container, idOrNull(container));
    }

    /** "Step 'Approve invoice'" — type and name, the id when there is no name. */
    public static String label(EObject element, String id) {
        if (element == null) {
            return id;
        }
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : element.eGet(name);
        return element.eClass().getName() + (value == null || value.toString().isBlank() ? " " + id : " '" + value + "'");
    }

    private static String idOrNull(EObject element) {
        return element instanceof Identified identified ? identified.getId() : null;
    }

    private static Map<String, EObject> elements(ProjectResources project) {
        Map<String, EObject> byId = new LinkedHashMap<>();
        for (Resource resource : List.copyOf(project.resourceSet().getResources())) {
            resource.getAllContents().forEachRemaining(o -> {
                if (o instanceof Identified identified && identified.getId() != null) {
                    byId.put(identified.getId(), o);
                }
            });
        }
        return byId;
    }
}
