package org.dovetail.rules.api;

import java.util.Set;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * What risk rules and mapping validators share: a descriptor (id, category, severity, the element types it looks
 * at, its pack) and a check. Implementations must be stateless and thread-safe: the engine may call
 * {@link #check} from a worker thread, once per element of the types in {@link #appliesTo()}.
 *
 * @since 0.1
 */
public interface ModelCheck {

    /**
     * The stable id, {@code <category prefix>.<kebab-case name>} (for example {@code workflow.shadow-state}). It keys
     * the messages, waivers and the project's rule configuration, so it never changes once released.
     */
    String id();

    /** The rule-table row this check belongs to. */
    RuleCategory category();

    /** The severity of its findings unless the project's configuration overrides it. */
    Severity defaultSeverity();

    /** The element types {@link #check} is called for; instances of their subtypes are included. Never empty. */
    Set<EClass> appliesTo();

    /** The pack this check ships in: its id and version (pinned by configurations) and its messages. */
    RulePack pack();

    /** A short human title, from the pack's messages ({@code <id>.title}). */
    default String title() {
        return pack().text(id() + ".title");
    }

    /**
     * Checks one element and reports what is wrong through {@code findings}. It may report on another element than
     * {@code element} (a rule that starts from an approval may report the transition that skips it). Throwing is
     * allowed: the engine reports this check as failed and runs all the others.
     *
     * @param element  an instance of one of {@link #appliesTo()}
     * @param context  the model's indexes for this run (inverse references, all instances, today)
     * @param findings where findings go; texts are resolved from the pack's messages by this check's id
     */
    void check(EObject element, RuleContext context, FindingReporter findings);
}
