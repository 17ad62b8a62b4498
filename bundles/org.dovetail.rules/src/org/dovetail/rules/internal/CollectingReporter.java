package org.dovetail.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.dovetail.model.governance.FindingStatus;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.ecore.EObject;

/** Collects one check's findings, one per element; stops the check once its run is cancelled. */
final class CollectingReporter implements FindingReporter {

    private final ModelCheck check;
    private final BooleanSupplier stopped;
    private final Map<EObject, Draft> drafts = new LinkedHashMap<>();

    CollectingReporter(ModelCheck check, BooleanSupplier stopped) {
        this.check = check;
        this.stopped = stopped;
    }

    @Override
    public Report on(EObject element) {
        if (stopped.getAsBoolean()) {
            throw new CheckStoppedException();
        }
        return new Draft(element);
    }

    List<RuleFinding> findings() {
        List<RuleFinding> result = new ArrayList<>(drafts.size());
        drafts.values().forEach(d -> result.add(d.toFinding()));
        return result;
    }

    /** The elements the findings' texts name (their element arguments): a rename of one changes a text. */
    Set<EObject> named() {
        Set<EObject> result = new LinkedHashSet<>();
        drafts.values().forEach(d -> result.addAll(d.named));
        return result;
    }

    private final class Draft implements Report {
        private final EObject element;
        private final Set<EObject> related = new LinkedHashSet<>();
        private Object[] args = new Object[0];
        private final List<EObject> named = new ArrayList<>(4);
        private String variant;

        Draft(EObject element) {
            this.element = element;
        }

        @Override
        public Report args(Object... newArgs) {
            args = Labels.arguments(newArgs);
            named.clear();
            Labels.named(newArgs, named);
            return this;
        }

        @Override
        public Report variant(String newVariant) {
            variant = newVariant;
            return this;
        }

        @Override
        public Report related(EObject... elements) {
            return related(Arrays.asList(elements));
        }

        @Override
        public Report related(Collection<? extends EObject> elements) {
            elements.stream().filter(e -> e != null && e != element).forEach(related::add);
            return this;
        }

        @Override
        public void report() {
            Draft first = drafts.putIfAbsent(element, this);
            if (first != null && first != this) {
                first.related.addAll(related);
            }
        }

        private String text(String part, String variant, Object[] args) {
            String id = check.id();
            String key = variant != null && check.pack().hasText(id + '.' + variant + '.' + part)
                    ? id + '.' + variant + '.' + part
                    : id + '.' + part;
            return check.pack().text(key, args);
        }

        /** The message now; the explanation and remediation when first read (from the arguments as reported). */
        RuleFinding toFinding() {
            String v = variant;
            Object[] a = args;
            return RuleFinding.withTextsOnDemand(check.id(), check.category(), check.defaultSeverity(), element, List.copyOf(related),
                    text("message", v, a), () -> text("explanation", v, a), () -> text("remediation", v, a), FindingStatus.OPEN, null);
        }
    }
}
