/**
 * Full validation of a model: runs the enabled checks within a time limit, applies the project's rule
 * configuration ({@code .dovetailrules}) and the board's waivers, and returns an immutable result; and
 * incremental validation as the model is edited ({@link org.dovetail.rules.engine.IncrementalValidator}).
 */
package org.dovetail.rules.engine;
