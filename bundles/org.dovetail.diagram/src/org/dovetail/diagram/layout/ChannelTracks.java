package org.dovetail.diagram.layout;

import java.util.List;

/**
 * Tracks in the channel between two bands (see {@link BandsLayout}): each edge runs horizontally on a track of its
 * own where runs overlap, ordered so that as few drops as possible cross other edges' runs.
 */
final class ChannelTracks {

    private ChannelTracks() {
    }

    /**
     * Tracks across the channel. An edge drops from the upper gutter to its track and from its track into the lower
     * gutter; where one edge's drop meets another's run, the drop must end above (upper drop) or start below (lower
     * drop) that run for them not to cross. These wishes order the edges (cycles broken by taking the edge fewest
     * others must precede); each edge then takes the first track below those it must follow that no overlapping run
     * uses. {@code runs} are {x where the edge drops in from above, x where it drops out below}; returns each run's
     * track, 0 the highest.
     */
    static int[] assign(List<double[]> runs) {
        int n = runs.size();
        boolean[][] above = new boolean[n][n]; // above[a][b]: a's run should be above b's
        int[] before = new int[n];
        for (int a = 0; a < n; a++) {
            double[] ea = runs.get(a);
            for (int b = 0; b < n; b++) {
                double[] eb = runs.get(b);
                if (a == b || !overlap(ea, eb)) {
                    continue;
                }
                // a's upper drop inside b's run: a ends above b. a's lower drop inside b's run: a starts below b.
                if (inside(ea[0], eb) && !above[b][a]) {
                    above[a][b] = true;
                } else if (inside(ea[1], eb) && !above[a][b]) {
                    above[b][a] = true;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (above[a][b]) {
                    before[b]++;
                }
            }
        }
        boolean[] done = new boolean[n];
        int[] track = new int[n];
        for (int step = 0; step < n; step++) {
            int pick = -1;
            for (int a = 0; a < n; a++) {
                if (!done[a] && (pick < 0 || before[a] < before[pick])) {
                    pick = a;
                }
            }
            done[pick] = true;
            int lowest = 0;
            java.util.BitSet used = new java.util.BitSet();
            for (int b = 0; b < n; b++) {
                if (done[b] && b != pick && overlap(runs.get(pick), runs.get(b))) {
                    used.set(track[b]);
                    if (above[b][pick]) {
                        lowest = Math.max(lowest, track[b] + 1);
                    }
                }
            }
            track[pick] = used.nextClearBit(lowest);
            for (int b = 0; b < n; b++) {
                if (above[pick][b]) {
                    before[b]--;
                }
            }
        }
        return track;
    }

    static boolean overlap(double[] a, double[] b) {
        return Math.max(Math.min(a[0], a[1]), Math.min(b[0], b[1])) <= Math.min(Math.max(a[0], a[1]), Math.max(b[0], b[1])) + 2;
    }

    static boolean inside(double x, double[] run) {
        return x > Math.min(run[0], run[1]) + 0.5 && x < Math.max(run[0], run[1]) - 0.5;
    }
}
