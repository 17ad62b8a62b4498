package org.dovetail.server.governance;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.model.Identified;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.server.store.FindingRow;
import org.dovetail.sync.protocol.Finding;
import org.eclipse.emf.ecore.EObject;

/** Findings of the rule engine as rows and as the protocol's {@link Finding}s. */
public final class Findings {

    private Findings() {
    }

    /** The row of a finding, or {@code null} for a finding on an element without id (not storable). */
    public static FindingRow row(RuleFinding f) {
        String elementId = idOf(f.element());
        if (elementId == null) {
            return null;
        }
        List<String> related = new ArrayList<>();
        for (EObject r : f.related()) {
            String id = idOf(r);
            if (id != null) {
                related.add(id);
            }
        }
        return new FindingRow(f.ruleId(), elementId, f.severity() == null ? "info" : f.severity().getLiteral(),
                f.category() == null ? null : f.category().getLiteral(), f.status() == null ? "open" : f.status().getLiteral(),
                f.message(), f.explanation(), f.remediation(), related);
    }

    public static Finding wire(FindingRow row) {
        return new Finding(row.ruleId(), row.severity(), row.elementId(), row.message());
    }

    private static String idOf(EObject element) {
        return element instanceof Identified identified ? identified.getId() : null;
    }
}
