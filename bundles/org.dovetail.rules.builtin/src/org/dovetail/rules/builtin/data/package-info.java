/** Data and exception mismatch: data nobody owns, data without a source of truth, exceptions handled outside the systems. */
package org.dovetail.rules.builtin.data;
