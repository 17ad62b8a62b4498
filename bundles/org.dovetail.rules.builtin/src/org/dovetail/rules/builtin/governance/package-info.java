/** Governance shortfall: nobody owns it, nothing enforces it, nothing proves it. */
package org.dovetail.rules.builtin.governance;
