package org.dovetail.rules.builtin.workasdone;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.RuleContext;

/** The event-log deviations recorded at a step. */
final class Deviations {

    private Deviations() {
    }

    /** The deviations of {@code kinds} at {@code step} that affected cases, the most frequent first. */
    static List<Deviation> at(RuleContext context, Step step, Set<DeviationKind> kinds) {
        return context.referrers(step, WorkAsDonePackage.Literals.DEVIATION__STEP, Deviation.class).stream()
                .filter(d -> kinds.contains(d.getKind()) && d.getAffectedCases() > 0)
                .sorted(Comparator.comparingInt(Deviation::getAffectedCases).reversed()).toList();
    }

    /** Affected cases as a whole percentage of the considered ones (0 when nothing was considered). */
    static long percent(Deviation d) {
        return d.getConsideredCases() <= 0 ? 0 : Math.round(100.0 * d.getAffectedCases() / d.getConsideredCases());
    }
}
