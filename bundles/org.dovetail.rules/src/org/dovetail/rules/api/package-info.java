/**
 * The vendor API of Dovetail's rule engine: what a rule pack implements and what the engine hands it.
 *
 * <p>A contribution is a {@link org.dovetail.rules.api.RiskRule} (a known way execution breaks, tested on model
 * elements) or a {@link org.dovetail.rules.api.MappingValidator} (a check of the governance mappings: coverage,
 * type compatibility, ownership). Each is one small class with a stable id, registered twice so that one jar works
 * everywhere: in {@code plugin.xml} for the extension points {@code org.dovetail.rules.riskRules} and
 * {@code org.dovetail.rules.mappingValidators} (workbench), and in {@code META-INF/services} (command line, server).
 * Texts live in the pack's {@code messages.properties}, keyed by rule id (see {@link org.dovetail.rules.api.RulePack}).</p>
 *
 * <p>Findings are not blame: an adaptation is a signal about the design. Explanations say what the procedure
 * assumes and what the system or work as done shows.</p>
 */
package org.dovetail.rules.api;
