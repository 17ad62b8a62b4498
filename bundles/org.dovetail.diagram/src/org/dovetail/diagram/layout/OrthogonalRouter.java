package org.dovetail.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.StateFactory;

/**
 * Simple orthogonal routes between two boxes, for edges whose ends were placed without ELK routing them (swimlanes,
 * new elements, nodes moved by hand): forward edges leave right and enter left with one vertical jog; other edges go
 * around below. {@code lane} spreads parallel routes apart.
 */
public final class OrthogonalRouter {

    private OrthogonalRouter() {
    }

    /** Absolute bounds x, y, width, height of a node (its own coordinates are relative to its container). */
    public static double[] absoluteBounds(AbstractDNode node) {
        double x = node.getX();
        double y = node.getY();
        for (var parent = node.eContainer(); parent instanceof DContainer container; parent = parent.eContainer()) {
            x += container.getX();
            y += container.getY();
        }
        return new double[] { x, y, node.getWidth(), node.getHeight() };
    }

    /** Replaces the edge's bendpoints with an orthogonal route. */
    public static void route(DEdge edge, int lane) {
        List<double[]> points = route(absoluteBounds(edge.getSource()), absoluteBounds(edge.getTarget()), lane);
        edge.getBendpoints().clear();
        edge.setLabelPosition(null);
        for (double[] p : points) {
            Bendpoint bendpoint = StateFactory.eINSTANCE.createBendpoint();
            bendpoint.setX((int) Math.round(p[0]));
            bendpoint.setY((int) Math.round(p[1]));
            edge.getBendpoints().add(bendpoint);
        }
    }

    static List<double[]> route(double[] s, double[] t, int lane) {
        List<double[]> points = new ArrayList<>();
        if (java.util.Arrays.equals(s, t)) {
            // A loop on the node itself: out of the top, round the top-right corner, back in on the right.
            double loop = 18 + (lane % 3) * 6;
            points.add(new double[] { s[0] + s[2] * 0.7, s[1] });
            points.add(new double[] { s[0] + s[2] * 0.7, s[1] - loop });
            points.add(new double[] { s[0] + s[2] + loop, s[1] - loop });
            points.add(new double[] { s[0] + s[2] + loop, s[1] + s[3] * 0.35 });
            points.add(new double[] { s[0] + s[2], s[1] + s[3] * 0.35 });
            return points;
        }
        double sRight = s[0] + s[2];
        double sCy = s[1] + s[3] / 2;
        double tCy = t[1] + t[3] / 2;
        double sCx = s[0] + s[2] / 2;
        double tCx = t[0] + t[2] / 2;
        double shift = (lane % 5 - 2) * 5;
        if (t[0] >= sRight + 16) {
            double mx = (sRight + t[0]) / 2 + shift;
            points.add(new double[] { sRight, sCy });
            if (Math.abs(sCy - tCy) > 1) {
                points.add(new double[] { mx, sCy });
                points.add(new double[] { mx, tCy });
            }
            points.add(new double[] { t[0], tCy });
        } else if (overlapsHorizontally(s, t)) {
            double x = (Math.max(s[0], t[0]) + Math.min(sRight, t[0] + t[2])) / 2 + shift;
            boolean down = t[1] > s[1];
            points.add(new double[] { x, down ? s[1] + s[3] : s[1] });
            points.add(new double[] { x, down ? t[1] : t[1] + t[3] });
        } else {
            double below = Math.max(s[1] + s[3], t[1] + t[3]) + 14 + Math.abs(shift) * 1.6;
            points.add(new double[] { sCx + shift, s[1] + s[3] });
            points.add(new double[] { sCx + shift, below });
            points.add(new double[] { tCx - shift, below });
            points.add(new double[] { tCx - shift, t[1] + t[3] });
        }
        return points;
    }

    private static boolean overlapsHorizontally(double[] a, double[] b) {
        return Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]) > 20;
    }

    /**
     * Routes an edge between two nodes of one list beside the list, clear of the nodes: on the left or on the right,
     * with its label beside the target.
     */
    public static void besideList(DEdge edge, int lane, boolean left) {
        double[] s = OrthogonalRouter.absoluteBounds(edge.getSource());
        double[] t = OrthogonalRouter.absoluteBounds(edge.getTarget());
        double sx = left ? s[0] : s[0] + s[2];
        double tx = left ? t[0] : t[0] + t[2];
        double offset = 10 + lane % 3 * 4;
        double x = left ? Math.min(sx, tx) - offset : Math.max(sx, tx) + offset;
        edge.getBendpoints().clear();
        org.dovetail.diagram.model.state.Bendpoint label = StateFactory.eINSTANCE.createBendpoint();
        label.setX((int) Math.round(left ? tx - 42 : tx + 42));
        label.setY((int) Math.round(t[1] + t[3] / 2 - 8));
        edge.setLabelPosition(label);
        point(edge, sx, s[1] + s[3] / 2);
        point(edge, x, s[1] + s[3] / 2);
        point(edge, x, t[1] + t[3] / 2);
        point(edge, tx, t[1] + t[3] / 2);
    }

    private static void point(DEdge edge, double x, double y) {
        Bendpoint point = StateFactory.eINSTANCE.createBendpoint();
        point.setX((int) Math.round(x));
        point.setY((int) Math.round(y));
        edge.getBendpoints().add(point);
    }
}
