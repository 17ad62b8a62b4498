package org.dovetail.rules.api;

/**
 * A risk-testing rule: one known way execution breaks at the boundary between the process domain, the digital
 * domain and work as done (a row of the rule table). Contributed through the extension point
 * {@code org.dovetail.rules.riskRules} and {@code META-INF/services/org.dovetail.rules.api.RiskRule}; needs a public
 * no-argument constructor.
 *
 * @since 0.1
 */
public interface RiskRule extends ModelCheck {
}
