/**
 * Full validation of a model: runs the enabled checks within a time limit, applies the project's rule
 * configuration ({@code .dovetailrules}) and the board's waivers, and returns an immutable result.
 */
package org.dovetail.rules.engine;
