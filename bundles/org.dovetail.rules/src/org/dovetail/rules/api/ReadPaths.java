package org.dovetail.rules.api;

import java.util.Collection;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where a {@link ScopedCheck} declares what it reads: paths that start at the checked element and navigate
 * forward references, inverse references (as {@link RuleContext#referrers} does) and containers, reading features
 * of the objects they pass. Navigating a reference counts as reading it.
 *
 * @since 0.1
 */
public interface ReadPaths {

    /** A new path starting at the checked element. */
    Path element();

    /**
     * Declares that the check reads labels (names, ids) only to name elements in its findings, and only by passing
     * the elements themselves as message arguments ({@code report.args(element, ...)}), never a string built from a
     * name, and that no decision of the check depends on a label. A label change then re-evaluates just the elements
     * whose findings name the renamed element, instead of walking back every path that reads labels (for checks over
     * whole graphs, the whole model). Declared {@link Path#label()} reads stay valid documentation; they are not
     * walked for label changes.
     *
     * @since 0.3
     */
    default void labelsOnlyAsArguments() {
    }

    /**
     * Declares that the check reads, from its element, everything connected to it through {@code edges} (references
     * followed both ways and transitively, as a walk of a graph does; containment references and the opposites of
     * the given ones included) and the {@code features} of what it reaches. A change of an edge, or of such a feature
     * of a connected object, re-evaluates the check's elements connected to the change (as they were before it or
     * are after it) and no others: a check that walks a process's flows and its workflows' transitions declares
     * those graphs here instead of a path through the model's root, which would re-run it on every element of the
     * model after any change to any graph. May be called more than once; the edges and features add up.
     *
     * @since 0.4
     */
    default void connected(Collection<EReference> edges, Collection<? extends EStructuralFeature> features) {
        throw new UnsupportedOperationException("connected reads are not supported here");
    }

    /** A path under construction; every method returns the same path, positioned at its end. */
    interface Path {

        /** Reads these features of the object at the end of the path. */
        Path read(EStructuralFeature... features);

        /** Reads the label of the object at the end of the path (its name, else its id). */
        Path label();

        /** Reads any feature of the object at the end of the path. */
        Path readAll();

        /** Moves to the objects {@code reference} points at (containment references included). */
        Path follow(EReference reference);

        /** Moves to the objects whose {@code reference} points at the current one (an inverse reference). */
        Path referrers(EReference reference);

        /** Moves to the container of the current object. */
        Path container();
    }
}
