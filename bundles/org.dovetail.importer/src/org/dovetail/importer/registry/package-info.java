/** The registry of the extension point org.dovetail.importer.formats. */
package org.dovetail.importer.registry;
