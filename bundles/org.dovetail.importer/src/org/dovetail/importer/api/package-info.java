/** The importer API: a format reads a file into a plan (preview, apply) without touching the model; bad input is an ImportException naming file, line and reason. */
package org.dovetail.importer.api;
