package org.dovetail.sync.emf;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Random edits through the plain EMF API, as an editor would make them: attribute and reference
 * changes, creates, deletes (with and without dropping references first), moves and reorders.
 */
final class RandomEdits {

    private final ProjectResources project;
    private final Random random;

    RandomEdits(ProjectResources project, Random random) {
        this.project = project;
        this.random = random;
    }

    void edit(int count) {
        int done = 0;
        for (int attempts = 0; done < count && attempts < count * 50; attempts++) {
            if (tryOne()) {
                done++;
            }
        }
    }

    private boolean tryOne() {
        List<EObject> elements = elements();
        EObject element = elements.get(random.nextInt(elements.size()));
        return switch (random.nextInt(9)) {
        case 0, 1 -> setAttribute(element);
        case 2 -> setReference(element, elements);
        case 3 -> addReference(element, elements);
        case 4 -> removeReference(element);
        case 5 -> create(element);
        case 6 -> delete(element);
        case 7 -> move(element, elements);
        default -> reorder(element);
        };
    }

    private List<EObject> elements() {
        List<EObject> elements = new ArrayList<>();
        for (Resource resource : project.resourceSet().getResources()) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                elements.add(it.next());
            }
        }
        return elements;
    }

    private <T> T pick(List<T> list) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    private boolean setAttribute(EObject element) {
        List<EStructuralFeature> attributes = ModelTypes.valueFeatures(element.eClass()).stream()
                .filter(f -> f instanceof EAttribute && !f.isMany()).toList();
        EAttribute attribute = (EAttribute) pick(attributes);
        if (attribute == null) {
            return false;
        }
        Object value = switch (attribute.getEAttributeType()) {
        case EEnum eEnum -> pick(eEnum.getELiterals()).getInstance();
        default -> {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == String.class) {
                yield random.nextInt(10) == 0 ? null : "v" + random.nextInt(1000) + " ü\"<&>";
            } else if (type == boolean.class || type == Boolean.class) {
                yield random.nextBoolean();
            } else if (type == int.class || type == Integer.class) {
                yield random.nextInt(100);
            } else if (type == Double.class || type == double.class) {
                yield random.nextInt(1000) / 8.0;
            } else if (type == Date.class) {
                yield new Date(1_700_000_000_000L + random.nextInt(1_000_000) * 1000L);
            }
            yield null;
        }
        };
        if (value == null && !(attribute.getEAttributeType().getInstanceClass() == String.class)) {
            return false;
        }
        element.eSet(attribute, value);
        return true;
    }

    private List<EObject> candidates(EReference reference, List<EObject> elements) {
        return elements.stream().filter(e -> reference.getEReferenceType().isInstance(e)).toList();
    }

    private boolean setReference(EObject element, List<EObject> elements) {
        EReference reference = (EReference) pick(ModelTypes.valueFeatures(element.eClass()).stream()
                .filter(f -> f instanceof EReference && !f.isMany()).toList());
        if (reference == null) {
            return false;
        }
        element.eSet(reference, random.nextInt(6) == 0 ? null : pick(candidates(reference, elements)));
        return true;
    }

    @SuppressWarnings("unchecked")
    private boolean addReference(EObject element, List<EObject> elements) {
        EReference reference = (EReference) pick(ModelTypes.valueFeatures(element.eClass()).stream()
                .filter(f -> f instanceof EReference && f.isMany()).toList());
        if (reference == null) {
            return false;
        }
        EList<EObject> values = (EList<EObject>) element.eGet(reference);
        EObject target = pick(candidates(reference, elements).stream().filter(t -> !values.contains(t)).toList());
        if (target == null) {
            return false;
        }
        values.add(random.nextInt(values.size() + 1), target);
        return true;
    }

    private boolean removeReference(EObject element) {
        EList<EObject> values = manyReferenceValues(element);
        if (values == null || values.isEmpty()) {
            return false;
        }
        values.remove(random.nextInt(values.size()));
        return true;
    }

    private boolean reorder(EObject element) {
        EList<EObject> values = manyReferenceValues(element);
        if (values == null || values.size() < 2) {
            return false;
        }
        values.move(random.nextInt(values.size()), random.nextInt(values.size()));
        return true;
    }

    @SuppressWarnings("unchecked")
    private EList<EObject> manyReferenceValues(EObject element) {
        EReference reference = (EReference) pick(ModelTypes.valueFeatures(element.eClass()).stream()
                .filter(f -> f instanceof EReference && f.isMany() && !((List<?>) element.eGet(f)).isEmpty()).toList());
        return reference == null ? null : (EList<EObject>) element.eGet(reference);
    }

    @SuppressWarnings("unchecked")
    private boolean create(EObject parent) {
        EReference containment = pick(ModelTypes.containments(parent.eClass()).stream().filter(EReference::isMany).toList());
        if (containment == null) {
            return false;
        }
        List<EClass> types = ModelTypes.types().stream().map(ModelTypes::eClass)
                .filter(c -> containment.getEReferenceType().isSuperTypeOf(c)).toList();
        EObject child = EcoreUtil.create(pick(types));
        if (child instanceof Element named) {
            named.setName("new " + random.nextInt(1000));
        }
        EList<EObject> children = (EList<EObject>) parent.eGet(containment);
        children.add(random.nextInt(children.size() + 1), child);
        return true;
    }

    private boolean delete(EObject element) {
        if (element instanceof DovetailModel) {
            return false;
        }
        if (random.nextBoolean()) {
            EcoreUtil.delete(element, true);
        } else {
            EcoreUtil.remove(element); // references stay: the recorder must drop them
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private boolean move(EObject element, List<EObject> elements) {
        if (element instanceof DovetailModel) {
            return false;
        }
        EObject parent = pick(elements);
        for (EObject p = parent; p != null; p = p.eContainer()) {
            if (p == element) {
                return false;
            }
        }
        EReference containment = pick(ModelTypes.containments(parent.eClass()).stream()
                .filter(c -> c.isMany() && c.getEReferenceType().isInstance(element)).toList());
        if (containment == null) {
            return false;
        }
        EList<EObject> children = (EList<EObject>) parent.eGet(containment);
        if (children.contains(element)) {
            return false;
        }
        children.add(random.nextInt(children.size() + 1), element);
        return true;
    }
}
