package org.dovetail.server.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Order keys of siblings, so that inserting or moving one element rewrites only that element's row: keys are spaced
 * {@link #GAP} apart, a newcomer takes a key between its neighbours', and only when two neighbours leave no room is the
 * whole list numbered afresh.
 */
final class OrderKeys {

    static final long GAP = 1L << 20;

    private OrderKeys() {
    }

    /**
     * New keys for the elements of {@code ids} (a sibling list in its current order) whose key is missing from
     * {@code known} or out of order; the others keep theirs. Returns id → new key for those that change.
     */
    static Map<String, Long> assign(List<String> ids, Map<String, Long> known) {
        int n = ids.size();
        boolean[] keep = new boolean[n];
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Long key = known.get(ids.get(i));
            if (key != null && key > last) {
                keep[i] = true;
                last = key;
            }
        }
        Map<String, Long> changed = new java.util.HashMap<>();
        int i = 0;
        while (i < n) {
            if (keep[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !keep[i]) {
                i++;
            }
            Long low = start > 0 ? known.get(ids.get(start - 1)) : null;
            if (start > 0 && changed.containsKey(ids.get(start - 1))) {
                low = changed.get(ids.get(start - 1));
            }
            Long high = i < n ? known.get(ids.get(i)) : null;
            int count = i - start;
            long from = low == null ? (high == null ? 0 : high - (count + 1L) * GAP) : low;
            long to = high == null ? from + (count + 1L) * GAP : high;
            if (to - from <= count) {
                return renumber(ids, known);
            }
            long step = (to - from) / (count + 1);
            for (int k = 0; k < count; k++) {
                changed.put(ids.get(start + k), from + step * (k + 1));
            }
        }
        return changed;
    }

    private static Map<String, Long> renumber(List<String> ids, Map<String, Long> known) {
        Map<String, Long> changed = new java.util.HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int k = 0; k < all.size(); k++) {
            long key = k * GAP;
            Long old = known.get(all.get(k));
            if (old == null || old != key) {
                changed.put(all.get(k), key);
            }
        }
        return changed;
    }
}
