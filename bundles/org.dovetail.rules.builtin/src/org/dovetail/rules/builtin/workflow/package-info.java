/** Workflow mismatch: the process's steps and the system's workflow do not line up. */
package org.dovetail.rules.builtin.workflow;
