package org.dovetail.sync.emf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.sync.protocol.ConflictRules;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/** Projects for the tests: the examples in memory, independent copies, canonical text for comparison. */
final class TestModels {

    private TestModels() {
    }

    static ProjectResources emptyProject() {
        return new ProjectResources(DovetailResources.newResourceSet(), ProjectResources.IN_MEMORY_ROOT);
    }

    static ProjectResources example(Example example, boolean corrected) {
        ProjectResources project = emptyProject();
        project.resource("models/" + example.fileName()).getContents()
                .add(corrected ? example.corrected().get() : example.withGaps().get());
        return project;
    }

    static ProjectResources example(int which) {
        return example(ExampleModels.examples().get(which % 2), false);
    }

    /** An independent copy through XMI (no sync code involved). */
    static ProjectResources copy(ProjectResources source) {
        ProjectResources copy = emptyProject();
        for (Resource resource : source.resourceSet().getResources()) {
            byte[] bytes = xmi(resource);
            Resource target = copy.resource(source.pathOf(resource));
            try {
                target.load(new ByteArrayInputStream(bytes), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }

    static byte[] xmi(Resource resource) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Every element by id with type, place and synced values. With {@code siblingOrder} false the
     * position among containment siblings is left out: concurrent creates under one parent are not a
     * conflict, and which lands first depends on the order the change sets arrive in.
     */
    static String canonical(ProjectResources project, boolean siblingOrder) {
        Map<String, String> lines = new TreeMap<>();
        for (Resource resource : project.resourceSet().getResources()) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject element = it.next();
                StringBuilder line = new StringBuilder(ModelTypes.typeOf(element.eClass()));
                if (element.eContainer() == null) {
                    line.append(" root of ").append(project.pathOf(resource));
                    if (siblingOrder) {
                        line.append(" #").append(resource.getContents().indexOf(element));
                    }
                } else {
                    line.append(" in ").append(ModelTypes.idOf(element.eContainer())).append('.')
                            .append(element.eContainmentFeature().getName());
                    if (siblingOrder && element.eContainmentFeature().isMany()) {
                        line.append(" #").append(((List<?>) element.eContainer().eGet(element.eContainmentFeature())).indexOf(element));
                    }
                }
                for (EStructuralFeature feature : ModelTypes.valueFeatures(element.eClass())) {
                    if (!element.eIsSet(feature)) {
                        continue;
                    }
                    line.append("\n  ").append(feature.getName()).append('=');
                    if (feature.isMany()) {
                        List<String> values = new ArrayList<>();
                        for (Object value : (List<?>) element.eGet(feature)) {
                            values.add(ModelTypes.toValue(feature, value));
                        }
                        line.append(values);
                    } else {
                        line.append(ModelTypes.toValue(feature, element.eGet(feature)));
                    }
                }
                lines.put(ModelTypes.idOf(element), line.toString());
            }
        }
        StringBuilder text = new StringBuilder();
        lines.forEach((id, line) -> text.append(id).append(' ').append(line).append('\n'));
        return text.toString();
    }

    /** Subtrees of the project as it is now, for {@link ConflictRules}. */
    static ConflictRules.Subtrees subtrees(ProjectResources project) {
        Map<String, Set<String>> subtrees = new HashMap<>();
        for (Resource resource : project.resourceSet().getResources()) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject element = it.next();
                Set<String> ids = new LinkedHashSet<>();
                ids.add(ModelTypes.idOf(element));
                element.eAllContents().forEachRemaining(e -> ids.add(ModelTypes.idOf(e)));
                subtrees.put(ModelTypes.idOf(element), ids);
            }
        }
        return id -> subtrees.getOrDefault(id, Set.of(id));
    }
}
