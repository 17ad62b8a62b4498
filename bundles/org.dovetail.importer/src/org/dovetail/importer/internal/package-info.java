/** Hardened XML reading shared by the importers. */
package org.dovetail.importer.internal;
