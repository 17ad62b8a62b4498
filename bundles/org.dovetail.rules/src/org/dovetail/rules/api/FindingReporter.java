package org.dovetail.rules.api;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;

/**
 * Where a check reports findings. The texts come from the pack's messages: {@code <id>.message},
 * {@code <id>.explanation} and {@code <id>.remediation}, formatted with {@link java.text.MessageFormat} and the
 * arguments given (a model element as argument is shown by its name). There is one finding per rule and element:
 * a second report on the same element adds its related elements to the first.
 *
 * @since 0.1
 */
public interface FindingReporter {

    /** Starts a finding on {@code element}; nothing is reported until {@link Report#report()}. */
    Report on(EObject element);

    /** Reports a finding on {@code element} with message arguments and no related elements. */
    default void report(EObject element, Object... args) {
        on(element).args(args).report();
    }

    /** A finding being built. */
    interface Report {

        /** The {@link java.text.MessageFormat} arguments of all three texts. */
        Report args(Object... args);

        /**
         * Uses the texts {@code <id>.<variant>.message} (and explanation, remediation) where the pack has them, for
         * a rule that reports one gap in several shapes; {@code null} keeps the rule's own texts.
         */
        Report variant(String variant);

        /** Other elements involved (the mapping, the permission, the role…), shown with the finding. */
        Report related(EObject... elements);

        /** @see #related(EObject...) */
        Report related(Collection<? extends EObject> elements);

        /** Reports the finding. */
        void report();
    }
}
