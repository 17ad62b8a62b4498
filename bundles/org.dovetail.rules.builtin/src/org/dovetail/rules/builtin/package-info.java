/**
 * Dovetail's built-in rule pack, contributed through the same extension points and {@code META-INF/services} files
 * a vendor uses: one small class per rule, grouped in one package per rule-table row, texts in
 * {@code messages.properties} keyed by rule id.
 */
package org.dovetail.rules.builtin;
