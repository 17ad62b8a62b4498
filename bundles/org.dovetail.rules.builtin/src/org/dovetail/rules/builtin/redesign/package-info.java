/** Workflow redesign: what a new system brings is half done (old artifacts live on, AI runs unreviewed, proof is missing). */
package org.dovetail.rules.builtin.redesign;
