/** Applying what an importer read: upserts by stable id, as a dry run for the preview or for real. */
package org.dovetail.importer.merge;
