/** Recording model changes in proportion to what they touch, for undo and all-or-nothing application. */
package org.dovetail.model.change;
