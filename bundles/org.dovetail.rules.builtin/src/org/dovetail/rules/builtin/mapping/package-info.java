/** The built-in mapping validators: ownership, type compatibility and coverage of the governance mappings. */
package org.dovetail.rules.builtin.mapping;
