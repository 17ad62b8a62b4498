/**
 * Work as done: the event log and the learning sessions show work done differently from the procedure. The
 * findings question the procedure's assumptions, not the people who adapt.
 */
package org.dovetail.rules.builtin.workasdone;
