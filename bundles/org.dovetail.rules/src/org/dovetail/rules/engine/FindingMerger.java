package org.dovetail.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.internal.CheckRunner;
import org.dovetail.rules.internal.LiveIndex;
import org.eclipse.emf.ecore.EObject;

/**
 * Merges the findings {@link IncrementalValidator} keeps per (check, evaluated element) into what a full run
 * reports: a check may report on another element than the one it evaluates, so per reported element the first
 * report in run order wins and the related elements of all reports add up; then the configured severity and the
 * waivers apply.
 */
final class FindingMerger {

    private final RuleConfiguration configuration;
    private Waivers waivers;

    FindingMerger(RuleConfiguration configuration, Waivers waivers) {
        this.configuration = configuration;
        this.waivers = waivers;
    }

    /** The waivers changed (re-read after a change that touched one). */
    void waivers(Waivers newWaivers) {
        waivers = newWaivers;
    }

    /** The finding on {@code element} as a full run reports it, or {@code null}: merged over its sources, then configured. */
    RuleFinding merged(CheckState state, EObject element, LiveIndex index) {
        Set<EObject> sources = state.sourcesOf.get(element);
        if (sources == null || sources.isEmpty()) {
            return null;
        }
        List<EObject> ordered = new ArrayList<>(sources);
        if (ordered.size() > 1) {
            ordered.sort(state.runOrder(index.order()));
        }
        RuleFinding first = null;
        LinkedHashSet<EObject> related = new LinkedHashSet<>();
        for (EObject source : ordered) {
            for (RuleFinding f : state.bySource.get(source)) {
                if (f.element() == element) {
                    if (first == null) {
                        first = f;
                    }
                    related.addAll(f.related());
                }
            }
        }
        return configured(state, withRelated(first, related));
    }

    /** The whole result, in the order of a full run: checks in order, each check's findings in run order. */
    ValidationResult assemble(List<CheckState> states, LiveIndex index, List<String> problems) {
        List<RuleFinding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (CheckState state : states) {
            if (state.assembled == null) {
                state.assembled = assemble(state, index);
            }
            if (state.assembled.failure() != null) {
                failures.add(state.assembled.failure());
            } else {
                findings.addAll(state.assembled.findings());
            }
        }
        return new ValidationResult(findings, failures, problems, states.size());
    }

    /** One check's part: its findings in run order, or its failure. */
    private CheckState.Assembled assemble(CheckState state, LiveIndex index) {
        if (state.batchFailure != null) {
            return new CheckState.Assembled(List.of(), state.batchFailure);
        }
        Set<EObject> runOrder = CheckRunner.elementsOf(state.check, index);
        if (!state.errors.isEmpty()) {
            EObject first = runOrder.stream().filter(state.errors::containsKey).findFirst().orElseThrow();
            return new CheckState.Assembled(List.of(), new RuleFailure(state.check.id(), false, state.errors.get(first), state.causes.get(first)));
        }
        Map<EObject, RuleFinding> firsts = new LinkedHashMap<>();
        Map<EObject, LinkedHashSet<EObject>> related = new HashMap<>();
        for (EObject source : runOrder) {
            for (RuleFinding f : state.bySource.getOrDefault(source, List.of())) {
                firsts.putIfAbsent(f.element(), f);
                related.computeIfAbsent(f.element(), k -> new LinkedHashSet<>()).addAll(f.related());
            }
        }
        List<RuleFinding> findings = new ArrayList<>(firsts.size());
        firsts.forEach((element, f) -> findings.add(configured(state, withRelated(f, related.get(element)))));
        return new CheckState.Assembled(findings, null);
    }

    private RuleFinding configured(CheckState state, RuleFinding f) {
        Severity severity = configuration.severity(state.check.id()).orElse(null);
        return waivers.apply(severity != null ? f.withSeverity(severity) : f);
    }

    private static RuleFinding withRelated(RuleFinding f, Collection<EObject> related) {
        if (f.related().size() == related.size()) {
            return f;
        }
        return f.withRelated(List.copyOf(related));
    }
}
