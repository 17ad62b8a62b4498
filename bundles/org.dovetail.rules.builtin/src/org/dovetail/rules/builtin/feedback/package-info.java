/** Feedback gap: nothing tells the organisation whether the process and its controls work. */
package org.dovetail.rules.builtin.feedback;
