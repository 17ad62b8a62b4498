/**
 * Where the engine finds contributions: one small, lazy registry per extension point. In OSGi they read the
 * extension registry; outside it (command line, server) the same classes are found through
 * {@link java.util.ServiceLoader}.
 */
package org.dovetail.rules.registry;
