/** Indexes and graph walks several built-in rules share. */
package org.dovetail.rules.builtin.support;
