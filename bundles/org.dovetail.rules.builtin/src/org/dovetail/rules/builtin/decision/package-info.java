/** Decision and evidence mismatch: who may decide, and what must be recorded, differ between procedure and system. */
package org.dovetail.rules.builtin.decision;
