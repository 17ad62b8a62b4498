package org.dovetail.diagram.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.model.Identified;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.ecore.EObject;

/**
 * The open findings by element id, immutable.
 *
 * @since 0.1
 */
public final class FindingIndex {

    public static final FindingIndex EMPTY = new FindingIndex(List.of());

    private final Map<String, List<DiagramFinding>> byElement = new HashMap<>();

    public FindingIndex(Collection<DiagramFinding> findings) {
        for (DiagramFinding finding : findings) {
            byElement.computeIfAbsent(finding.elementId(), id -> new ArrayList<>()).add(finding);
        }
    }

    /** The open findings of a rule-engine run (waived and accepted ones are left out). */
    public static FindingIndex ofRuleFindings(Collection<RuleFinding> findings) {
        List<DiagramFinding> open = new ArrayList<>();
        for (RuleFinding finding : findings) {
            if (finding.isOpen() && finding.element() instanceof Identified element && element.getId() != null) {
                open.add(new DiagramFinding(element.getId(), finding.severity(), finding.ruleId(), finding.message()));
            }
        }
        return new FindingIndex(open);
    }

    public List<DiagramFinding> of(String elementId) {
        return elementId == null ? List.of() : byElement.getOrDefault(elementId, List.of());
    }

    public List<DiagramFinding> of(EObject element) {
        return element instanceof Identified identified ? of(identified.getId()) : List.of();
    }

    /** The highest severity of the element's findings, or null when it has none. */
    public Severity worst(EObject element) {
        Severity worst = null;
        for (DiagramFinding finding : of(element)) {
            if (worst == null || finding.severity().getValue() > worst.getValue()) {
                worst = finding.severity();
            }
        }
        return worst;
    }

    /** Ids of elements whose findings differ between the two indexes. */
    public Set<String> changedElements(FindingIndex other) {
        Set<String> changed = new HashSet<>();
        Set<String> all = new HashSet<>(byElement.keySet());
        all.addAll(other.byElement.keySet());
        for (String id : all) {
            if (!of(id).equals(other.of(id))) {
                changed.add(id);
            }
        }
        return changed;
    }

    public int size() {
        return byElement.values().stream().mapToInt(List::size).sum();
    }
}
