package org.dovetail.server.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dovetail.model.resource.DovetailResources;
import org.dovetail.server.store.ModelRows;
import org.dovetail.server.store.ModelRows.ElementRow;
import org.dovetail.server.store.ModelRows.ValueKey;
import org.dovetail.server.store.ModelRows.ValueRow;
import org.dovetail.sync.emf.ElementIndex;
import org.dovetail.sync.emf.ModelTypes;
import org.dovetail.sync.emf.OperationApplier;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.IncrementalValidator;
import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.rules.engine.ValidationResult;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.change.ResourceChange;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;

/**
 * A project's model at one revision in memory, with its rule engine attached incrementally: what a commit is applied
 * to, validated on and turned into rows from. Only an optimisation (the database is the truth): it is rebuilt from the
 * rows whenever it is missing or stale. Not thread-safe; the caller holds the project's lock.
 */
public final class ProjectModel {

    /** Above this many operations a change is validated by a full run instead of incrementally. */
    static final int BULK_OPERATIONS = 500;

    private final ProjectResources resources;
    private final Map<String, Place> places;
    private final ElementIndex byId;
    private final IncrementalValidator validator;
    private long revision;

    private ProjectModel(ProjectResources resources, Map<String, Place> places, ElementIndex byId, IncrementalValidator validator,
            long revision) {
        this.resources = resources;
        this.places = places;
        this.byId = byId;
        this.validator = validator;
        this.revision = revision;
    }

    /** Builds the model of {@code rows} (the project at {@code revision}) and validates it in full once. */
    public static ProjectModel load(ModelRows rows, long revision, RuleEngine engine) {
        ProjectResources resources = new ProjectResources(DovetailResources.newResourceSet(), ProjectResources.IN_MEMORY_ROOT);
        // Deletes drop references to the deleted subtree: with this adapter EMF finds them without walking the model.
        resources.resourceSet().eAdapters().add(new ECrossReferenceAdapter());
        new OperationApplier(resources).apply(ModelOperations.snapshot(rows));
        Map<String, Place> places = new HashMap<>();
        for (ElementRow row : rows.elements()) {
            places.put(row.id(), Place.of(row));
        }
        ElementIndex byId = ElementIndex.of(resources.resourceSet());
        IncrementalValidator validator = engine.incremental();
        validator.attach(resources.resourceSet());
        return new ProjectModel(resources, places, byId, validator, revision);
    }

    public long revision() {
        return revision;
    }

    public ProjectResources resources() {
        return resources;
    }

    /** The current findings of the rule engine on this model. */
    public ValidationResult findings() {
        return validator.result();
    }

    /** The ids a delete of {@code id} removes besides {@code id} (empty for an unknown id). */
    public Set<String> subtree(String id) {
        EObject element = find(id);
        if (element == null) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
            ids.add(ModelTypes.idOf(it.next()));
        }
        return ids;
    }

    /** The element with {@code id} in the accepted model, or null. */
    public EObject find(String id) {
        return byId.find(id);
    }

    /** How many elements the model has. */
    public int size() {
        return byId.size();
    }

    /**
     * Applies {@code operations} (all or nothing: a {@link org.dovetail.sync.emf.SyncModelException} leaves the model as
     * it was), revalidates, and works out the rows that change. The model stays changed until {@link #accept} or
     * {@link #revert}.
     */
    public Change apply(List<Operation> operations) {
        // A bulk change (an import, a first commit) is validated afresh: cheaper than following each notification.
        boolean bulk = operations.size() > BULK_OPERATIONS;
        ValidationResult before = bulk ? validator.result() : null;
        if (bulk) {
            validator.detach();
        }
        OperationApplier.Applied applied;
        try {
            applied = new OperationApplier(resources, byId).applyRecorded(operations);
        } catch (RuntimeException e) {
            if (bulk) {
                validator.attach(resources.resourceSet());
            }
            throw e;
        }
        IncrementalValidator.Delta delta = bulk ? difference(before, validator.attach(resources.resourceSet())) : validator.revalidate();
        return rowsOf(operations, applied, delta, bulk);
    }

    private static IncrementalValidator.Delta difference(ValidationResult before, ValidationResult after) {
        Set<RuleFinding> old = new HashSet<>(before.findings());
        Set<RuleFinding> now = new HashSet<>(after.findings());
        return new IncrementalValidator.Delta(before.findings().stream().filter(f -> !now.contains(f)).toList(),
                after.findings().stream().filter(f -> !old.contains(f)).toList());
    }

    /** Makes an applied change part of the model at {@code newRevision}. */
    public void accept(Change change, long newRevision) {
        for (String id : change.removed()) {
            places.remove(id);
        }
        for (ElementRow row : change.elements()) {
            places.put(row.id(), Place.of(row));
        }
        revision = newRevision;
    }

    /** Undoes an applied change (refused by the gate or not stored). */
    public void revert(Change change) {
        if (change.bulk()) {
            validator.detach();
            change.applied().revert();
            validator.attach(resources.resourceSet());
        } else {
            change.applied().revert();
            validator.revalidate();
        }
    }

    /** Stops validating (the model is dropped). */
    public void dispose() {
        validator.detach();
    }

    private Change rowsOf(List<Operation> operations, OperationApplier.Applied applied, IncrementalValidator.Delta delta, boolean bulk) {
        Set<String> deleted = applied.deleted();
        ChangeDescription undo = applied.undo();
        Set<String> created = new HashSet<>();
        // Sibling lists whose order or membership may have changed, and the elements certainly (re)placed.
        Map<List<Object>, EList<EObject>> dirtyLists = new LinkedHashMap<>();
        Set<EObject> placed = new LinkedHashSet<>();
        for (Operation op : operations) {
            if (op instanceof Operation.Create || op instanceof Operation.Move) {
                EObject element = find(op.id());
                if (element != null) {
                    if (op instanceof Operation.Create) {
                        created.add(op.id());
                    }
                    placed.add(element);
                    dirtyLists.putIfAbsent(listKey(element), siblings(element));
                }
            }
        }
        Map<ValueKey, EObject> changedValues = new LinkedHashMap<>();
        for (Map.Entry<EObject, EList<FeatureChange>> entry : undo.getObjectChanges()) {
            EObject object = entry.getKey();
            String id = ModelTypes.idOf(object);
            if (id == null || deleted.contains(id) || object.eResource() == null) {
                continue;
            }
            for (FeatureChange change : entry.getValue()) {
                EStructuralFeature feature = change.getFeature();
                if (feature instanceof EReference reference && reference.isContainment()) {
                    Object value = object.eGet(reference);
                    if (reference.isMany()) {
                        @SuppressWarnings("unchecked")
                        EList<EObject> list = (EList<EObject>) value;
                        dirtyLists.putIfAbsent(List.of(id, reference.getName()), list);
                    } else if (value instanceof EObject child) {
                        placed.add(child);
                        dirtyLists.putIfAbsent(listKey(child), siblings(child));
                    }
                } else if (ModelTypes.isValueFeature(feature)) {
                    changedValues.put(new ValueKey(id, feature.getName()), object);
                }
            }
        }
        for (ResourceChange change : undo.getResourceChanges()) {
            Resource resource = change.getResource();
            if (resource.getResourceSet() == resources.resourceSet()) {
                dirtyLists.putIfAbsent(List.of("$resource", resource.getURI().toString()), resource.getContents());
            }
        }
        // Elements created in this change get all their rows here; their values are not "changes".
        List<ElementRow> elements = new ArrayList<>();
        Map<String, Place> newPlaces = new HashMap<>();
        for (EList<EObject> list : dirtyLists.values()) {
            List<String> ids = new ArrayList<>(list.size());
            Map<String, Long> known = new HashMap<>();
            for (EObject element : list) {
                String id = ModelTypes.idOf(element);
                ids.add(id);
                Place old = places.get(id);
                if (old != null && old.sameContainer(placeOf(element, 0))) {
                    known.put(id, old.ord());
                }
            }
            Map<String, Long> newKeys = OrderKeys.assign(ids, known);
            for (EObject element : list) {
                String id = ModelTypes.idOf(element);
                Long key = newKeys.containsKey(id) ? newKeys.get(id) : known.get(id);
                Place place = placeOf(element, key);
                if (!place.equals(places.get(id))) {
                    newPlaces.put(id, place);
                }
            }
        }
        for (EObject element : placed) {
            String id = ModelTypes.idOf(element);
            if (!newPlaces.containsKey(id) && places.get(id) == null) {
                newPlaces.put(id, placeOf(element, 0));
            }
        }
        newPlaces.forEach((id, place) -> elements.add(place.row(id)));

        Set<ValueKey> endedValues = new LinkedHashSet<>();
        List<ValueRow> values = new ArrayList<>();
        for (Map.Entry<ValueKey, EObject> entry : changedValues.entrySet()) {
            if (created.contains(entry.getKey().elementId())) {
                continue;
            }
            endedValues.add(entry.getKey());
            EObject object = entry.getValue();
            EStructuralFeature feature = object.eClass().getEStructuralFeature(entry.getKey().feature());
            if (object.eIsSet(feature)) {
                values.add(new ValueRow(entry.getKey().elementId(), feature.getName(), encode(object, feature)));
            }
        }
        for (String id : created) {
            EObject object = find(id);
            for (EStructuralFeature feature : ModelTypes.valueFeatures(object.eClass())) {
                if (object.eIsSet(feature)) {
                    values.add(new ValueRow(id, feature.getName(), encode(object, feature)));
                }
            }
        }
        return new Change(applied, deleted, elements, endedValues, values, delta, bulk);
    }

    private static List<Object> listKey(EObject element) {
        EObject container = element.eContainer();
        if (container == null) {
            return List.of("$resource", element.eResource().getURI().toString());
        }
        return List.of(ModelTypes.idOf(container), element.eContainmentFeature().getName());
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> siblings(EObject element) {
        EObject container = element.eContainer();
        if (container == null) {
            return element.eResource().getContents();
        }
        EReference containment = element.eContainmentFeature();
        return containment.isMany() ? (EList<EObject>) container.eGet(containment)
                : new org.eclipse.emf.common.util.BasicEList<>(List.of(element));
    }

    private Place placeOf(EObject element, long ord) {
        EObject container = element.eContainer();
        String type = ModelTypes.typeOf(element.eClass());
        if (container == null) {
            return new Place(type, null, null, resources.pathOf(element.eResource()), ord);
        }
        return new Place(type, ModelTypes.idOf(container), element.eContainmentFeature().getName(), null, ord);
    }

    private static String encode(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        if (feature.isMany()) {
            List<String> strings = new ArrayList<>();
            for (Object item : (List<?>) value) {
                strings.add(ModelTypes.toValue(feature, item));
            }
            return ModelOperations.encodeMany(strings);
        }
        return ModelTypes.toValue(feature, value);
    }

    /**
     * An applied, not yet accepted change and the rows it makes.
     *
     * @param applied     what was applied (reverts the model)
     * @param removed     ids of the elements it deleted (subtrees included)
     * @param elements    new element rows (created, moved or re-ordered elements)
     * @param endedValues changed or unset features of elements that existed before
     * @param values      new value rows
     * @param findings    how the rule engine's findings changed
     * @param bulk        whether the model was validated afresh rather than incrementally
     */
    public record Change(OperationApplier.Applied applied, Set<String> removed, List<ElementRow> elements, Set<ValueKey> endedValues,
            List<ValueRow> values, IncrementalValidator.Delta findings, boolean bulk) {

        public Change {
            Objects.requireNonNull(applied);
        }
    }
}
