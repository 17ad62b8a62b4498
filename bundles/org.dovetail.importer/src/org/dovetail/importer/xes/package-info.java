/** XES import: a streaming reader and the conformance check of traces against a process. */
package org.dovetail.importer.xes;
