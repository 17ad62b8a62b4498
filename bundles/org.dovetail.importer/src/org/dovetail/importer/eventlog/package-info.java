/** Format-neutral event log checking: the conformance of cases against a process and the plan that records it. */
package org.dovetail.importer.eventlog;
