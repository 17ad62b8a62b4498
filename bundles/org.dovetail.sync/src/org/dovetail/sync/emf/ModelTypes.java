package org.dovetail.sync.emf;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Identified;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The vocabulary of operations mapped onto the metamodel: type strings ({@code process.Step}) ↔
 * EClasses, feature names ↔ features, values ↔ strings, and which features sync carries.
 */
public final class ModelTypes {

    private static final Map<String, EClass> TYPES = new TreeMap<>();

    static {
        for (EPackage p : DovetailResources.packages()) {
            for (EClassifier classifier : p.getEClassifiers()) {
                if (classifier instanceof EClass eClass) {
                    TYPES.put(p.getNsPrefix() + "." + eClass.getName(), eClass);
                }
            }
        }
    }

    private ModelTypes() {
    }

    public static String typeOf(EClass eClass) {
        return eClass.getEPackage().getNsPrefix() + "." + eClass.getName();
    }

    /** The concrete EClass of a type string; a clear error for unknown or abstract types. */
    public static EClass eClass(String type) {
        EClass eClass = TYPES.get(type);
        if (eClass == null) {
            throw new SyncModelException("unknown type '" + type + "' (types are <nsPrefix>.<EClass>, e.g. process.Task)");
        }
        if (eClass.isAbstract() || eClass.isInterface()) {
            throw new SyncModelException("type '" + type + "' is abstract and cannot be created");
        }
        return eClass;
    }

    /** The feature {@code name} of {@code eClass}; a clear error naming the type when it has none. */
    public static EStructuralFeature feature(EClass eClass, String name) {
        EStructuralFeature feature = eClass.getEStructuralFeature(name);
        if (feature == null) {
            throw new SyncModelException(typeOf(eClass) + " has no feature '" + name + "'");
        }
        return feature;
    }

    /** The element's UUID; elements without one cannot be synchronised. */
    public static String idOf(EObject element) {
        if (element instanceof Identified identified && identified.getId() != null) {
            return identified.getId();
        }
        throw new SyncModelException("element of type " + typeOf(element.eClass()) + " has no id");
    }

    /** Containment features in metamodel order (the shape of the tree). */
    public static List<EReference> containments(EClass eClass) {
        return eClass.getEAllContainments().stream().filter(ModelTypes::isStored).toList();
    }

    /**
     * The non-containment features whose values operations carry: stored, changeable, not the id,
     * and of a bidirectional pair only one side (the single-valued end, else the first by name),
     * since setting one end sets the other.
     */
    public static List<EStructuralFeature> valueFeatures(EClass eClass) {
        return eClass.getEAllStructuralFeatures().stream().filter(ModelTypes::isValueFeature).toList();
    }

    public static boolean isValueFeature(EStructuralFeature feature) {
        if (!isStored(feature) || feature == DovetailPackage.Literals.IDENTIFIED__ID) {
            return false;
        }
        if (feature instanceof EReference reference) {
            if (reference.isContainment() || reference.isContainer()) {
                return false;
            }
            EReference opposite = reference.getEOpposite();
            if (opposite != null) {
                if (reference.isMany() != opposite.isMany()) {
                    return !reference.isMany();
                }
                return reference.getName().compareTo(opposite.getName()) < 0;
            }
        }
        return true;
    }

    private static boolean isStored(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isTransient() && !feature.isDerived() && !feature.isVolatile();
    }

    /** The value-feature {@code name} of {@code eClass}, checked to be one that operations may carry. */
    public static EStructuralFeature valueFeature(EClass eClass, String name) {
        EStructuralFeature feature = feature(eClass, name);
        if (!isValueFeature(feature)) {
            throw new SyncModelException(typeOf(eClass) + "." + name
                    + " is not set by value (containment, derived, the id, or the synced end of a bidirectional pair is the other one)");
        }
        return feature;
    }

    /** The containment reference {@code name} of {@code eClass}. */
    public static EReference containment(EClass eClass, String name) {
        if (feature(eClass, name) instanceof EReference reference && reference.isContainment()) {
            return reference;
        }
        throw new SyncModelException(typeOf(eClass) + "." + name + " is not a containment feature");
    }

    /** The string form of one value: the literal of an attribute value, the id of a referenced element. */
    public static String toValue(EStructuralFeature feature, Object value) {
        if (value == null) {
            return null;
        }
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        }
        EObject target = (EObject) value;
        if (target.eIsProxy()) {
            // A reference into a file not loaded: its fragment is the target's UUID.
            return ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI().fragment();
        }
        return idOf(target);
    }

    /** Parses an attribute value; a clear error for a literal the data type does not accept. */
    public static Object attributeValue(EAttribute attribute, String value) {
        if (value == null) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        Class<?> instanceClass = type.getInstanceClass();
        if ((instanceClass == boolean.class || instanceClass == Boolean.class) && !value.equals("true") && !value.equals("false")) {
            throw badValue(attribute, value, null);
        }
        try {
            Object parsed = EcoreUtil.createFromString(type, value);
            if (parsed == null) {
                throw badValue(attribute, value, null);
            }
            return parsed;
        } catch (RuntimeException e) {
            throw badValue(attribute, value, e);
        }
    }

    private static SyncModelException badValue(EAttribute attribute, String value, Throwable cause) {
        return new SyncModelException("bad value '" + value + "' for " + typeOf(attribute.getEContainingClass()) + "."
                + attribute.getName() + " (" + attribute.getEAttributeType().getName() + ")", cause);
    }

    /** All type strings, for error messages and tests. */
    public static Collection<String> types() {
        return TYPES.keySet().stream().filter(t -> !TYPES.get(t).isAbstract() && !TYPES.get(t).isInterface())
                .collect(Collectors.toList());
    }
}
