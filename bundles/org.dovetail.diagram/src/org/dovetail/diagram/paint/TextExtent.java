package org.dovetail.diagram.paint;

/** The size of a line of text in the current font: width, line height and the ascent above the baseline. */
public record TextExtent(double width, double height, double ascent) {
}
