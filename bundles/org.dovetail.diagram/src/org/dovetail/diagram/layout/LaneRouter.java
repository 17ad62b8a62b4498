package org.dovetail.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Orthogonal routes around boxes for swimlane diagrams, where nodes are placed by lane and column after ELK and ELK's
 * own routes no longer fit: a shortest path on a grid of candidate tracks (the boxes' sides at a clearance, the ports,
 * and tracks every {@value #STEP} units in the gaps) that never enters a box, with penalties for bends, for running
 * on a track another edge already uses and for crossing another edge. Ports are spread along a node's side.
 */
final class LaneRouter {

    private static final double CLEAR = 10;
    private static final double STEP = 8;
    private static final double BEND = 40;
    private static final double OVERLAP = 60;
    private static final double CROSS = 24;
    private static final int[][] DIRECTIONS = { { 1, 0 }, { 0, 1 }, { -1, 0 }, { 0, -1 } }; // right, down, left, up

    private final List<double[]> boxes;
    private final double[] xs;
    private final double[] ys;
    private final boolean[] blocked;
    private final int[] horizontal;
    private final int[] vertical;
    private final java.util.Map<String, Integer> portUse = new java.util.HashMap<>();

    private final java.util.Set<double[]> pointed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * {@code boxes} are x, y, width, height; {@code area} is the rectangle routes stay inside; {@code pointed} boxes
     * (diamonds, hexagons, ellipses) meet their edges only in the middle of a side, where their outline is.
     */
    LaneRouter(List<double[]> boxes, List<double[]> pointed, double[] area) {
        this.boxes = boxes;
        this.pointed.addAll(pointed);
        TreeSet<Double> x = new TreeSet<>();
        TreeSet<Double> y = new TreeSet<>();
        x.add(area[0]);
        x.add(area[0] + area[2]);
        y.add(area[1]);
        y.add(area[1] + area[3]);
        for (double[] b : boxes) {
            x.add(b[0] - CLEAR);
            x.add(b[0] + b[2] + CLEAR);
            y.add(b[1] - CLEAR);
            y.add(b[1] + b[3] + CLEAR);
            for (double f : new double[] { -2, -1, 0, 1, 2 }) {
                x.add(b[0] + b[2] / 2 + f * 12);
                y.add(b[1] + b[3] / 2 + f * 9);
            }
        }
        this.xs = fill(x, area[0], area[0] + area[2]);
        this.ys = fill(y, area[1], area[1] + area[3]);
        blocked = new boolean[xs.length * ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                blocked[j * xs.length + i] = insideBox(xs[i], ys[j]);
            }
        }
        horizontal = new int[blocked.length];
        vertical = new int[blocked.length];
    }

    /** The sorted coordinates inside the area, with extra tracks every STEP in gaps wider than two steps. */
    private static double[] fill(TreeSet<Double> values, double min, double max) {
        List<Double> result = new ArrayList<>();
        Double previous = null;
        for (double v : values) {
            if (v < min || v > max) {
                continue;
            }
            if (previous != null && v - previous > 2 * STEP) {
                int steps = (int) Math.floor((v - previous) / STEP);
                for (int k = 1; k < steps; k++) {
                    result.add(previous + (v - previous) * k / steps);
                }
            }
            result.add(v);
            previous = v;
        }
        return result.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private boolean insideBox(double x, double y) {
        for (double[] b : boxes) {
            if (x > b[0] - CLEAR + 0.5 && x < b[0] + b[2] + CLEAR - 0.5 && y > b[1] - CLEAR + 0.5 && y < b[1] + b[3] + CLEAR - 0.5) {
                return true;
            }
        }
        return false;
    }

    /** A route from box {@code s} to box {@code t} (absolute bounds), or null when none is found. */
    List<double[]> route(double[] s, double[] t) {
        int n = xs.length * ys.length;
        double[] cost = new double[n * 4 + 1];
        Arrays.fill(cost, Double.MAX_VALUE);
        int[] from = new int[n * 4 + 1];
        Arrays.fill(from, -1);
        int done = n * 4;
        double[][] goalCost = new double[n][];
        int[] goalSide = new int[n];
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        double tx = t[0] + t[2] / 2;
        double ty = t[1] + t[3] / 2;
        // Leave the source preferably to the right, enter the target preferably from the left.
        for (int side = 0; side < 4; side++) {
            for (double[] port : ports(s, side)) {
                int v = vertex(port[0], port[1]);
                if (v >= 0 && !blocked[v]) {
                    double c = new double[] { 0, 20, 80, 20 }[side] + port[2] + use(s, side, port[2]) * 30;
                    int state = v * 4 + side;
                    if (c < cost[state]) {
                        cost[state] = c;
                        from[state] = -2 - side * 1000 - (int) port[2];
                        queue.add(new double[] { c + Math.abs(xs[v % xs.length] - tx) + Math.abs(ys[v / xs.length] - ty), state });
                    }
                }
            }
            for (double[] port : ports(t, side)) {
                int v = vertex(port[0], port[1]);
                if (v >= 0 && !blocked[v]) {
                    double c = new double[] { 80, 20, 0, 20 }[side] + port[2] + use(t, side + 4, port[2]) * 30;
                    if (goalCost[v] == null || c < goalCost[v][0]) {
                        goalCost[v] = new double[] { c, port[2] };
                        goalSide[v] = side;
                    }
                }
            }
        }
        int width = xs.length;
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int state = (int) top[1];
            if (state == done) {
                break;
            }
            double g = cost[state];
            if (top[0] - heuristic(state / 4, tx, ty) > g + 1e-6) {
                continue;
            }
            int v = state / 4;
            int dir = state % 4;
            if (goalCost[v] != null) {
                // The last stretch must point into the target: out of the grid towards the side's inward direction.
                int inward = (goalSide[v] + 2) % 4;
                double c = g + goalCost[v][0] + (dir == inward ? 0 : BEND);
                if (c < cost[done]) {
                    cost[done] = c;
                    from[done] = state;
                    queue.add(new double[] { c, done });
                }
            }
            int i = v % width;
            int j = v / width;
            for (int d = 0; d < 4; d++) {
                if (d == (dir + 2) % 4) {
                    continue;
                }
                int ni = i + DIRECTIONS[d][0];
                int nj = j + DIRECTIONS[d][1];
                if (ni < 0 || nj < 0 || ni >= width || nj >= ys.length) {
                    continue;
                }
                int w = nj * width + ni;
                if (blocked[w] || midBlocked(i, j, ni, nj)) {
                    continue;
                }
                double length = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]);
                boolean across = d % 2 == 0;
                double c = g + length + (d == dir ? 0 : BEND) + ((across ? horizontal[w] : vertical[w]) > 0 ? OVERLAP : 0)
                        + ((across ? vertical[w] : horizontal[w]) > 0 ? CROSS : 0);
                int next = w * 4 + d;
                if (c < cost[next]) {
                    cost[next] = c;
                    from[next] = state;
                    queue.add(new double[] { c + heuristic(w, tx, ty), next });
                }
            }
        }
        if (from[done] < 0) {
            return null;
        }
        List<int[]> path = new ArrayList<>();
        int state = from[done];
        while (state >= 0) {
            path.add(0, new int[] { state / 4, state % 4 });
            int previous = from[state];
            if (previous < -1) {
                break;
            }
            state = previous;
        }
        return finish(path, s, t);
    }

    private double heuristic(int v, double tx, double ty) {
        return Math.abs(xs[v % xs.length] - tx) + Math.abs(ys[v / xs.length] - ty);
    }

    private boolean midBlocked(int i, int j, int ni, int nj) {
        return insideBox((xs[i] + xs[ni]) / 2, (ys[j] + ys[nj]) / 2);
    }

    /** Candidate ports on one side of a box (0 right, 1 bottom, 2 left, 3 top): x, y of the stub's end, and a cost. */
    private List<double[]> ports(double[] b, int side) {
        List<double[]> ports = new ArrayList<>();
        for (int f : pointed.contains(b) ? new int[] { 0 } : new int[] { 0, -1, 1, -2, 2 }) {
            double cost = Math.abs(f) * 6;
            switch (side) {
                case 0 -> ports.add(new double[] { b[0] + b[2] + CLEAR, b[1] + b[3] / 2 + f * 9, cost });
                case 1 -> ports.add(new double[] { b[0] + b[2] / 2 + f * 12, b[1] + b[3] + CLEAR, cost });
                case 2 -> ports.add(new double[] { b[0] - CLEAR, b[1] + b[3] / 2 + f * 9, cost });
                default -> ports.add(new double[] { b[0] + b[2] / 2 + f * 12, b[1] - CLEAR, cost });
            }
        }
        return ports;
    }

    private int use(double[] box, int side, double offsetCost) {
        return portUse.getOrDefault(Arrays.toString(box) + side + ":" + offsetCost, 0);
    }

    private int vertex(double x, double y) {
        int i = Arrays.binarySearch(xs, x);
        int j = Arrays.binarySearch(ys, y);
        return i < 0 || j < 0 ? -1 : j * xs.length + i;
    }

    /** Turns the grid path into points from box to box, marks its tracks as used, and drops straight-through points. */
    private List<double[]> finish(List<int[]> path, double[] s, double[] t) {
        int width = xs.length;
        double[] first = { xs[path.get(0)[0] % width], ys[path.get(0)[0] / width] };
        double[] last = { xs[path.get(path.size() - 1)[0] % width], ys[path.get(path.size() - 1)[0] / width] };
        List<double[]> points = new ArrayList<>();
        points.add(onBorder(s, first));
        for (int k = 0; k < path.size(); k++) {
            int v = path.get(k)[0];
            points.add(new double[] { xs[v % width], ys[v / width] });
            if (k > 0) {
                (path.get(k)[1] % 2 == 0 ? horizontal : vertical)[v]++;
                (path.get(k)[1] % 2 == 0 ? horizontal : vertical)[path.get(k - 1)[0]]++;
            }
        }
        points.add(onBorder(t, last));
        markPort(s, first, 0);
        markPort(t, last, 4);
        return straighten(points);
    }

    private void markPort(double[] box, double[] stub, int base) {
        int side = stub[0] > box[0] + box[2] ? 0 : stub[1] > box[1] + box[3] ? 1 : stub[0] < box[0] ? 2 : 3;
        for (double[] port : ports(box, side)) {
            if (Math.abs(port[0] - stub[0]) < 0.5 && Math.abs(port[1] - stub[1]) < 0.5) {
                portUse.merge(Arrays.toString(box) + (side + base) + ":" + port[2], 1, Integer::sum);
            }
        }
    }

    /** The point on the box's border straight in from a stub's end. */
    private static double[] onBorder(double[] b, double[] stub) {
        if (stub[0] > b[0] + b[2]) {
            return new double[] { b[0] + b[2], stub[1] };
        }
        if (stub[0] < b[0]) {
            return new double[] { b[0], stub[1] };
        }
        return new double[] { stub[0], stub[1] > b[1] + b[3] ? b[1] + b[3] : b[1] };
    }

    static List<double[]> straighten(List<double[]> points) {
        List<double[]> result = new ArrayList<>();
        for (double[] p : points) {
            if (!result.isEmpty() && Math.abs(result.get(result.size() - 1)[0] - p[0]) < 0.5 && Math.abs(result.get(result.size() - 1)[1] - p[1]) < 0.5) {
                continue;
            }
            if (result.size() >= 2) {
                double[] a = result.get(result.size() - 2);
                double[] b = result.get(result.size() - 1);
                if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(b[0] - p[0]) < 0.5 || Math.abs(a[1] - b[1]) < 0.5 && Math.abs(b[1] - p[1]) < 0.5) {
                    result.set(result.size() - 1, p);
                    continue;
                }
            }
            result.add(p);
        }
        return result;
    }
}
