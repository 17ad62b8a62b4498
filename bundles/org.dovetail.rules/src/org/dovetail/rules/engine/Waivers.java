package org.dovetail.rules.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.RiskResponse;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.ecore.EObject;

/**
 * The board's waivers, by (rule id, element). A waiver holds up to and including its {@code expiresOn} date (read
 * in UTC), or forever without one; after it the finding is open again and still names the expired waiver.
 */
final class Waivers {

    private record Key(String ruleId, EObject element) {
    }

    private final Map<Key, Waiver> byKey = new HashMap<>();
    private final LocalDate today;

    Waivers(List<Waiver> waivers, LocalDate today) {
        this.today = today;
        for (Waiver w : waivers) {
            if (w.getRuleId() != null && w.getElement() != null) {
                // Of several waivers for one finding the one that lasts longest counts.
                byKey.merge(new Key(w.getRuleId(), w.getElement()), w, (a, b) -> lastsLonger(b, a) ? b : a);
            }
        }
    }

    RuleFinding apply(RuleFinding finding) {
        Waiver waiver = byKey.get(new Key(finding.ruleId(), finding.element()));
        if (waiver == null) {
            return finding;
        }
        if (holds(waiver)) {
            return finding.withStatus(waiver.getResponse() == RiskResponse.ACCEPTED ? FindingStatus.ACCEPTED : FindingStatus.WAIVED, waiver);
        }
        return finding.withStatus(FindingStatus.OPEN, waiver);
    }

    private boolean holds(Waiver waiver) {
        return waiver.getExpiresOn() == null || !today.isAfter(day(waiver.getExpiresOn()));
    }

    private static boolean lastsLonger(Waiver a, Waiver b) {
        if (a.getExpiresOn() == null || b.getExpiresOn() == null) {
            return a.getExpiresOn() == null && b.getExpiresOn() != null;
        }
        return a.getExpiresOn().after(b.getExpiresOn());
    }

    static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
