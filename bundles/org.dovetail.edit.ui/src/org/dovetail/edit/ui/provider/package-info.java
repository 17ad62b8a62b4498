/**
 * JFace content and label providers over EMF.Edit item providers: the part of EMF's
 * {@code org.eclipse.emf.edit.ui} that Dovetail needs, which is not published on Maven Central.
 */
package org.dovetail.edit.ui.provider;
