/** CSV event logs: one row per event, columns chosen by header name, read with Apache Commons CSV. */
package org.dovetail.importer.csv;
