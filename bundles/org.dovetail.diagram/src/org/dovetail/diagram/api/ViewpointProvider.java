package org.dovetail.diagram.api;

import org.dovetail.diagram.model.description.Viewpoint;

/**
 * Contributes a viewpoint (a set of diagram descriptions) and the Java functions its descriptions refer to.
 * Contributed to the extension point {@code org.dovetail.diagram.descriptions} and, for use outside OSGi (command
 * line, server), listed in {@code META-INF/services/org.dovetail.diagram.api.ViewpointProvider}.
 *
 * @since 0.1
 */
public interface ViewpointProvider {

    /** A new viewpoint (descriptions are EMF objects; each call may build them afresh). */
    Viewpoint viewpoint();

    /** Registers the expressions and tool operations the viewpoint's descriptions use. */
    void registerExpressions(ExpressionRegistry registry);
}
