/**
 * Properties view support over EMF.Edit item property descriptors: property sources, property
 * descriptors with cell editors, and value changes executed as undoable {@code SetCommand}s.
 */
package org.dovetail.edit.ui.properties;
