package org.dovetail.rules.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.dovetail.model.governance.Mapping;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a check may ask about the model under validation. The indexes behind it are built once per run, so these
 * look-ups cost a map access, not a walk of the model. Everything is read-only and safe to call from any thread.
 *
 * @since 0.1
 */
public interface RuleContext {

    /** The root objects under validation (usually one {@code DovetailModel} per resource). */
    List<EObject> roots();

    /** All instances of {@code type} (subtypes included), in document order. */
    <T> List<T> allInstances(Class<T> type);

    /** All instances of {@code type} (subtypes included), in document order. */
    List<EObject> allInstances(EClass type);

    /** Every non-containment reference to {@code target} from the model: who points at it, through which feature. */
    Collection<EStructuralFeature.Setting> inverseReferences(EObject target);

    /** The objects that reference {@code target} through {@code reference}, in document order. */
    <T extends EObject> List<T> referrers(EObject target, EReference reference, Class<T> type);

    /** The governance mappings that reference {@code element} (on either side). */
    List<Mapping> mappingsOf(EObject element);

    /** The date findings are judged on (waiver expiry, due dates); injectable for tests. */
    LocalDate today();

    /**
     * A value computed once per run and shared by every check that asks with the same {@code type}, for indexes
     * several rules need (for example which workflow states each step maps to). {@code factory} must not call
     * {@code shared} for the same type.
     */
    <T> T shared(Class<T> type, Function<RuleContext, T> factory);
}
