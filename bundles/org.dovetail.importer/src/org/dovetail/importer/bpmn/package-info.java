/** BPMN 2.0 import: a streaming, hardened read of the semantic elements, mapped onto a Dovetail process. */
package org.dovetail.importer.bpmn;
