package org.dovetail.diagram.ui.canvas;

/**
 * A tool the canvas is armed with: a node tool creates where the user clicks, an edge tool connects the node
 * pressed on to the node released on. {@code id} names the tool of the diagram description.
 */
public record PaletteTool(String id, String label, Kind kind) {

    public enum Kind { NODE, EDGE }
}
