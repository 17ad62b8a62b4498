package org.dovetail.server.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dovetail.server.store.ModelRows;
import org.dovetail.server.store.ModelRows.ElementRow;
import org.dovetail.server.store.ModelRows.ValueRow;
import org.dovetail.sync.emf.ModelTypes;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.ProtocolJson;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Rows ⇄ operations: the snapshot of stored rows as the {@code create}/{@code set}/{@code add} operations that build
 * the model (files by path, each element after its container, siblings in order; values after all elements), and the
 * storage form of a feature's values.
 */
public final class ModelOperations {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private ModelOperations() {
    }

    /** The operations that build the model of {@code rows} in an empty project. */
    public static List<Operation> snapshot(ModelRows rows) {
        Map<String, List<ElementRow>> children = new HashMap<>();
        Map<String, List<ElementRow>> roots = new TreeMap<>();
        Map<String, String> types = new HashMap<>();
        for (ElementRow e : rows.elements()) {
            types.put(e.id(), e.type());
            if (e.parentId() == null) {
                roots.computeIfAbsent(e.resourcePath(), k -> new ArrayList<>()).add(e);
            } else {
                children.computeIfAbsent(e.parentId(), k -> new ArrayList<>()).add(e);
            }
        }
        Comparator<ElementRow> order = Comparator.comparing((ElementRow e) -> e.containment() == null ? "" : e.containment())
                .thenComparingLong(ElementRow::ord);
        children.values().forEach(list -> list.sort(order));
        List<Operation> operations = new ArrayList<>(rows.elements().size() + rows.values().size());
        for (List<ElementRow> fileRoots : roots.values()) {
            fileRoots.sort(order);
            for (ElementRow root : fileRoots) {
                operations.add(new Operation.Create(root.id(), root.type(), null, null, root.resourcePath(), null));
                addSubtree(root.id(), children, operations);
            }
        }
        for (ValueRow v : rows.values()) {
            String type = types.get(v.elementId());
            if (type == null) {
                continue; // cannot happen for consistent rows: a value row ends with its element
            }
            EStructuralFeature feature = ModelTypes.feature(ModelTypes.eClass(type), v.feature());
            if (feature.isMany()) {
                for (String value : decodeMany(v.value())) {
                    operations.add(new Operation.AddValue(v.elementId(), v.feature(), value, null));
                }
            } else {
                operations.add(new Operation.SetValue(v.elementId(), v.feature(), v.value()));
            }
        }
        return operations;
    }

    private static void addSubtree(String rootId, Map<String, List<ElementRow>> children, List<Operation> out) {
        // Iterative depth-first walk: deep containment must not exhaust the stack.
        ArrayList<java.util.Iterator<ElementRow>> stack = new ArrayList<>();
        stack.add(children.getOrDefault(rootId, List.of()).iterator());
        while (!stack.isEmpty()) {
            java.util.Iterator<ElementRow> top = stack.get(stack.size() - 1);
            if (!top.hasNext()) {
                stack.remove(stack.size() - 1);
                continue;
            }
            ElementRow child = top.next();
            out.add(new Operation.Create(child.id(), child.type(), child.parentId(), child.containment(), null, null));
            stack.add(children.getOrDefault(child.id(), List.of()).iterator());
        }
    }

    /** Whether {@code type} has a many-valued feature {@code name}. */
    static boolean isMany(EClass eClass, String name) {
        return ModelTypes.feature(eClass, name).isMany();
    }

    static String encodeMany(List<String> values) {
        return ProtocolJson.write(values);
    }

    static List<String> decodeMany(String json) {
        try {
            return ProtocolJson.mapper().readValue(json, STRINGS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored many-valued feature is not a JSON array: " + e.getOriginalMessage(), e);
        }
    }
}
