package org.dovetail.importer.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dovetail.importer.api.ImportResult;
import org.dovetail.importer.api.PlannedChange;
import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.dovetail.model.change.TouchRecorder;
import org.dovetail.model.change.Usages;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Upserts elements by id, in one of two modes: a dry run that only lists what would change (the preview), or the
 * real run that changes the model. One code path for both, so the preview cannot disagree with the import.
 */
final class ModelChanges {

    /** A reference by id, resolved when the change is made (the target may be created by the same import). */
    record Ref(String id) {
    }

    private final boolean dryRun;
    /** Told about each existing object before it changes; {@code null} when nobody records. */
    private final TouchRecorder recorder;
    private final Map<String, EObject> byId = new HashMap<>();
    private final List<PlannedChange> changes = new ArrayList<>();
    private final List<EObject> added = new ArrayList<>();
    private final List<EObject> updated = new ArrayList<>();
    private int removed;

    /** A dry run. */
    ModelChanges() {
        this(true, null);
    }

    /** A real run; {@code recorder} (may be {@code null}) hears of each existing object before it changes. */
    ModelChanges(TouchRecorder recorder) {
        this(false, recorder);
    }

    private ModelChanges(boolean dryRun, TouchRecorder recorder) {
        this.dryRun = dryRun;
        this.recorder = recorder;
    }

    /** Records {@code element} before the merger changes it directly (not through {@link #upsert}). */
    void touch(EObject element) {
        if (recorder != null) {
            recorder.track(element);
        }
    }

    boolean dryRun() {
        return dryRun;
    }

    void know(Identified element) {
        if (element.getId() != null) {
            byId.put(element.getId(), element);
        }
    }

    void alias(String id, EObject element) {
        byId.put(id, element);
    }

    EObject find(String id) {
        return id == null ? null : byId.get(id);
    }

    /**
     * Makes sure {@code list} holds an element of {@code type} with {@code id} and these feature values; returns it
     * ({@code null} in a dry run when it would be new).
     */
    @SuppressWarnings("unchecked")
    <T extends EObject> T upsert(EList<? super T> list, EClass type, String id, String name, Map<EStructuralFeature, Object> values) {
        EObject existing = byId.get(id);
        if (existing != null && existing.eClass() != type) {
            changes.add(new PlannedChange(PlannedChange.Kind.REMOVE, label(existing), nameOf(existing), "becomes a " + type.getName()));
            if (!dryRun) {
                delete(existing);
            }
            byId.remove(id);
            existing = null;
        }
        if (existing == null || !list.contains(existing)) {
            changes.add(new PlannedChange(PlannedChange.Kind.ADD, type.getName(), name, ""));
            if (dryRun) {
                return null;
            }
            T created = (T) EcoreUtil.create(type);
            ((Identified) created).setId(id);
            if (list instanceof EStructuralFeature.Setting holder) {
                touch(holder.getEObject());
            }
            list.add(created);
            byId.put(id, created);
            set(created, name, values);
            added.add(created);
            return created;
        }
        List<String> differences = differences(existing, name, values);
        if (differences.isEmpty()) {
            changes.add(new PlannedChange(PlannedChange.Kind.KEEP, type.getName(), name, ""));
        } else {
            changes.add(new PlannedChange(PlannedChange.Kind.UPDATE, type.getName(), name, String.join(", ", differences)));
            if (!dryRun) {
                set(existing, name, values);
                updated.add(existing);
            }
        }
        return (T) existing;
    }

    /** Removes {@code element} (with the references to it). */
    void remove(EObject element) {
        changes.add(new PlannedChange(PlannedChange.Kind.REMOVE, label(element), nameOf(element), "no longer in the file"));
        if (!dryRun) {
            delete(element);
        }
    }

    private void delete(EObject element) {
        if (recorder != null) {
            recorder.delete(element, Usages.scopeOf(element));
        } else {
            EcoreUtil.delete(element, true);
        }
        removed++;
    }

    void note(PlannedChange change) {
        changes.add(change);
    }

    void added(EObject element) {
        added.add(element);
    }

    private void set(EObject element, String name, Map<EStructuralFeature, Object> values) {
        touch(element);
        if (element instanceof Element named) {
            named.setName(name);
        }
        for (Map.Entry<EStructuralFeature, Object> entry : values.entrySet()) {
            Object value = resolve(entry.getValue());
            if (recorder != null) {
                recorder.trackReference(element, entry.getKey(), value);
            }
            if (entry.getKey().isMany()) {
                @SuppressWarnings("unchecked")
                EList<Object> list = (EList<Object>) element.eGet(entry.getKey());
                List<?> wanted = (List<?>) value;
                if (!list.equals(wanted)) {
                    list.clear();
                    list.addAll(wanted);
                }
            } else if (!Objects.equals(element.eGet(entry.getKey()), value)) {
                element.eSet(entry.getKey(), value);
            }
        }
    }

    private Object resolve(Object value) {
        if (value instanceof Ref ref) {
            return byId.get(ref.id());
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (Object item : list) {
                Object target = resolve(item);
                if (target != null) {
                    resolved.add(target);
                }
            }
            return resolved;
        }
        return value;
    }

    private List<String> differences(EObject element, String name, Map<EStructuralFeature, Object> values) {
        List<String> result = new ArrayList<>();
        if (element instanceof Element named && !Objects.equals(named.getName(), name)) {
            result.add("name");
        }
        for (Map.Entry<EStructuralFeature, Object> entry : values.entrySet()) {
            if (!same(element.eGet(entry.getKey()), entry.getValue())) {
                result.add(entry.getKey().getName());
            }
        }
        return result;
    }

    private static boolean same(Object current, Object wanted) {
        if (wanted instanceof Ref ref) {
            return current instanceof Identified target ? Objects.equals(target.getId(), ref.id()) : false;
        }
        if (wanted instanceof List<?> list) {
            List<?> have = (List<?>) current;
            if (have.size() != list.size()) {
                return false;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!same(have.get(i), list.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(current, wanted);
    }

    static Map<EStructuralFeature, Object> values(Object... pairs) {
        Map<EStructuralFeature, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((EStructuralFeature) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Ref ref(String id) {
        return id == null ? null : new Ref(id);
    }

    static String nameOf(EObject element) {
        if (element instanceof Element named && named.getName() != null) {
            return named.getName();
        }
        return element instanceof Identified identified ? String.valueOf(identified.getId()) : element.eClass().getName();
    }

    private static String label(EObject element) {
        return element.eClass().getName();
    }

    List<PlannedChange> changes() {
        return List.copyOf(changes);
    }

    /** What an applied run did, focused on the element with {@code focusId} (the imported process or event log). */
    ImportResult result(String focusId) {
        return new ImportResult(find(focusId), added, updated, removed);
    }
}
