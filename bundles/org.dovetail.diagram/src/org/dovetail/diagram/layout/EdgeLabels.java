package org.dovetail.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.description.EdgeStyle;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.StateFactory;
import org.dovetail.diagram.paint.AwtTextMeasurer;
import org.dovetail.diagram.paint.FontSpec;
import org.dovetail.diagram.render.NodeMetrics;

/**
 * Places edge labels after routing so that they cover no node and no other label: candidates along each segment of the
 * route (longest segments first, beside horizontal runs and on vertical ones), the first that is free wins, ties going
 * to the one that covers the fewest other edges.
 */
final class EdgeLabels {

    private EdgeLabels() {
    }

    static void place(DiagramSession session, List<DEdge> edges, List<double[]> boxes) {
        List<double[]> taken = new ArrayList<>(boxes);
        for (DEdge edge : edges) {
            String label = edge.getLabel();
            if (label == null || label.isEmpty() || edge.getBendpoints().size() < 2) {
                continue;
            }
            double[] size = size(session, edge);
            double width = size[0];
            double height = size[1];
            double[] best = null;
            int bestCovered = Integer.MAX_VALUE;
            for (double[] centre : candidates(edge, width, height)) {
                double[] plate = { centre[0] - width / 2, centre[1] - height / 2, width, height };
                if (hits(plate, taken)) {
                    continue;
                }
                int covered = coveredEdges(plate, edges, edge);
                if (covered < bestCovered) {
                    best = centre;
                    bestCovered = covered;
                    if (covered == 0) {
                        break;
                    }
                }
            }
            if (best == null) {
                edge.setLabelPosition(null); // the renderer's default: the middle of the longest segment
                continue;
            }
            taken.add(new double[] { best[0] - width / 2, best[1] - height / 2, width, height });
            Bendpoint position = StateFactory.eINSTANCE.createBendpoint();
            position.setX((int) Math.round(best[0]));
            position.setY((int) Math.round(best[1]));
            edge.setLabelPosition(position);
        }
    }

    /** The size of an edge's label on its white plate, as the renderer draws it. */
    static double[] size(DiagramSession session, DEdge edge) {
        FontSpec font = NodeMetrics.labelFont(session.styleOf(edge) instanceof EdgeStyle style ? style : null).withSize(8.5);
        String[] lines = (edge.getLabel() == null ? "" : edge.getLabel()).split("\n");
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, AwtTextMeasurer.width(font, line));
        }
        return new double[] { width + 8, lines.length * AwtTextMeasurer.lineHeight(font) + 4 };
    }

    /** Label centres along the route: on each segment, longest first, at several fractions. */
    private static List<double[]> candidates(DEdge edge, double width, double height) {
        List<double[][]> segments = new ArrayList<>();
        List<Bendpoint> points = edge.getBendpoints();
        for (int i = 1; i < points.size(); i++) {
            segments.add(new double[][] { { points.get(i - 1).getX(), points.get(i - 1).getY() }, { points.get(i).getX(), points.get(i).getY() } });
        }
        // Horizontal runs read best; among them the longer first.
        segments.sort(Comparator.comparingDouble((double[][] s) -> -(length(s) + (s[0][1] == s[1][1] ? 1000 : 0))));
        List<double[]> result = new ArrayList<>();
        for (double[][] s : segments) {
            boolean flat = s[0][1] == s[1][1];
            if (length(s) < (flat ? width * 0.6 : height + 6)) {
                continue;
            }
            for (double f : new double[] { 0.5, 0.3, 0.7, 0.15, 0.85 }) {
                double x = s[0][0] + (s[1][0] - s[0][0]) * f;
                double y = s[0][1] + (s[1][1] - s[0][1]) * f;
                result.add(new double[] { x, y });
                if (flat) {
                    result.add(new double[] { x, y - height / 2 - 2 });
                    result.add(new double[] { x, y + height / 2 + 2 });
                } else {
                    result.add(new double[] { x + width / 2 + 3, y });
                    result.add(new double[] { x - width / 2 - 3, y });
                }
            }
        }
        return result;
    }

    private static double length(double[][] s) {
        return Math.abs(s[1][0] - s[0][0]) + Math.abs(s[1][1] - s[0][1]);
    }

    private static boolean hits(double[] plate, List<double[]> taken) {
        for (double[] b : taken) {
            if (plate[0] < b[0] + b[2] + 2 && b[0] < plate[0] + plate[2] + 2 && plate[1] < b[1] + b[3] + 2 && b[1] < plate[1] + plate[3] + 2) {
                return true;
            }
        }
        return false;
    }

    private static int coveredEdges(double[] plate, List<DEdge> edges, DEdge own) {
        int count = 0;
        for (DEdge edge : edges) {
            if (edge == own) {
                continue;
            }
            List<Bendpoint> points = edge.getBendpoints();
            for (int i = 1; i < points.size(); i++) {
                double x0 = Math.min(points.get(i - 1).getX(), points.get(i).getX());
                double x1 = Math.max(points.get(i - 1).getX(), points.get(i).getX());
                double y0 = Math.min(points.get(i - 1).getY(), points.get(i).getY());
                double y1 = Math.max(points.get(i - 1).getY(), points.get(i).getY());
                if (x0 <= plate[0] + plate[2] && x1 >= plate[0] && y0 <= plate[1] + plate[3] && y1 >= plate[1]) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
