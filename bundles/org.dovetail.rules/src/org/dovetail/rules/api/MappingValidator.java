package org.dovetail.rules.api;

/**
 * A check of the governance mappings themselves: coverage (elements no mapping covers), type compatibility (a
 * mapping joining elements that cannot enforce each other) and ownership (a mapping nobody owns or explains).
 * {@link #appliesTo()} names mapping classes, or the mapped classes for coverage checks. Contributed through the
 * extension point {@code org.dovetail.rules.mappingValidators} and
 * {@code META-INF/services/org.dovetail.rules.api.MappingValidator}; needs a public no-argument constructor.
 *
 * @since 0.1
 */
public interface MappingValidator extends ModelCheck {
}
