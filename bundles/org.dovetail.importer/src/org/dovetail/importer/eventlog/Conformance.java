package org.dovetail.importer.eventlog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dovetail.importer.api.ProcessGraph;
import org.dovetail.importer.api.ProcessGraph.Edge;
import org.dovetail.importer.api.ProcessGraph.StepNode;
import org.dovetail.model.workasdone.DeviationKind;

/**
 * Holds the traces of a log against a process, one trace at a time (it keeps counters, never the traces):
 * <ul>
 * <li><b>unmodelled</b>: an activity no step is named after;</li>
 * <li><b>skipped</b> (or <b>approval bypassed</b> for an Approval): a step every path of the model passes through,
 * missing from some cases;</li>
 * <li><b>repeated</b>: a step no loop of the model leads back to, done more than once in a case;</li>
 * <li><b>reordered</b>: one step directly after another where the model has no flow between them.</li>
 * </ul>
 * Activities match steps by name, ignoring case and white space. Format-neutral: the XES and CSV importers hand it
 * the cases they read, one at a time.
 */
public final class Conformance {

    /** One activity of the log: how often, in how many cases, and the step it maps to (-1: none). */
    public static final class Activity {
        public final String name;
        public final int step;
        public long events;
        public int cases;
        int lastCase = -1;

        Activity(String name, int step) {
            this.name = name;
            this.step = step;
        }
    }

    /** One deviation found: {@code step} is an index into the graph's steps, or -1. */
    public record Found(DeviationKind kind, int step, String key, int affectedCases, int consideredCases, String description) {
    }

    private final ProcessGraph graph;
    private final Map<String, Integer> stepByName = new HashMap<>();
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    private final boolean[][] allowed;
    private final int[] casesWithStep;
    private final int[] casesRepeating;
    private final int[] occurrences;
    private final Map<Long, Integer> pairCases = new HashMap<>();
    private final Set<Long> pairsInCase = new HashSet<>();
    private int cases;

    public Conformance(ProcessGraph graph) {
        this.graph = graph;
        int n = graph.steps().size();
        for (int i = 0; i < n; i++) {
            stepByName.putIfAbsent(normalize(graph.steps().get(i).name()), i);
        }
        allowed = new boolean[n][n];
        for (Edge flow : graph.flows()) {
            allowed[flow.source()][flow.target()] = true;
        }
        casesWithStep = new int[n];
        casesRepeating = new int[n];
        occurrences = new int[n];
    }

    /** Lower case without white space: "Approve  Invoice" and "approveinvoice" are the same activity. */
    public static String normalize(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** One case: the activities of its completed events, in the order they happened. */
    public void acceptCase(List<String> caseActivities) {
        int caseIndex = cases++;
        Arrays.fill(occurrences, 0);
        pairsInCase.clear();
        int previous = -1;
        for (String name : caseActivities) {
            Activity activity = activities.computeIfAbsent(name, k -> new Activity(k, stepByName.getOrDefault(normalize(k), -1)));
            activity.events++;
            if (activity.lastCase != caseIndex) {
                activity.lastCase = caseIndex;
                activity.cases++;
            }
            int step = activity.step;
            if (step < 0) {
                continue; // unmodelled activities are reported as such, and do not break the step sequence
            }
            occurrences[step]++;
            if (previous >= 0 && previous != step && !allowed[previous][step]) {
                pairsInCase.add((long) previous * occurrences.length + step);
            }
            previous = step;
        }
        for (int i = 0; i < occurrences.length; i++) {
            if (occurrences[i] > 0) {
                casesWithStep[i]++;
            }
            if (occurrences[i] > 1) {
                casesRepeating[i]++;
            }
        }
        for (Long pair : pairsInCase) {
            pairCases.merge(pair, 1, Integer::sum);
        }
    }

    public int cases() {
        return cases;
    }

    public List<Activity> activities() {
        return List.copyOf(activities.values());
    }

    /** The deviations, unmodelled activities first, then by kind and by the number of cases affected. */
    public List<Found> deviations() {
        List<Found> result = new ArrayList<>();
        for (Activity activity : activities.values()) {
            if (activity.step < 0) {
                result.add(new Found(DeviationKind.UNMODELLED, -1, activity.name, activity.cases, cases, "Activity \"" + activity.name + "\" ("
                        + activity.events + " events in " + activity.cases + " of " + cases + " cases) has no step in the process"));
            }
        }
        boolean[] mandatory = mandatorySteps();
        boolean[] onLoop = stepsOnLoops();
        List<Found> perStep = new ArrayList<>();
        for (int s = 0; s < graph.steps().size(); s++) {
            StepNode step = graph.steps().get(s);
            int missing = cases - casesWithStep[s];
            if (mandatory[s] && missing > 0) {
                DeviationKind kind = step.approval() ? DeviationKind.APPROVAL_BYPASSED : DeviationKind.SKIPPED;
                perStep.add(new Found(kind, s, step.id(), missing, cases, "The procedure has every case pass \"" + step.name()
                        + "\"; work as done shows it " + (step.approval() ? "bypassed" : "skipped") + " in " + missing + " of " + cases + " cases"));
            }
            if (!onLoop[s] && casesRepeating[s] > 0) {
                perStep.add(new Found(DeviationKind.REPEATED, s, step.id(), casesRepeating[s], cases, "The procedure does \"" + step.name()
                        + "\" once; work as done shows it repeated in " + casesRepeating[s] + " of " + cases + " cases"));
            }
        }
        int n = graph.steps().size();
        for (Map.Entry<Long, Integer> pair : pairCases.entrySet()) {
            int from = (int) (pair.getKey() / n);
            int to = (int) (pair.getKey() % n);
            String a = graph.steps().get(from).name();
            String b = graph.steps().get(to).name();
            perStep.add(new Found(DeviationKind.REORDERED, to, graph.steps().get(from).id() + ">" + graph.steps().get(to).id(), pair.getValue(), cases,
                    "The procedure has no flow from \"" + a + "\" to \"" + b + "\"; work as done shows \"" + b + "\" directly after \"" + a
                            + "\" in " + pair.getValue() + " of " + cases + " cases"));
        }
        perStep.sort(Comparator.comparing((Found f) -> f.kind().getValue()).thenComparing(Comparator.comparingInt(Found::affectedCases).reversed())
                .thenComparing(Found::key));
        result.addAll(perStep);
        return result;
    }

    /** Steps every path from a start to an end passes through: without them no end is reachable. */
    private boolean[] mandatorySteps() {
        int n = graph.steps().size();
        List<List<Integer>> next = successors();
        boolean[] hasIncoming = new boolean[n];
        graph.flows().forEach(f -> hasIncoming[f.target()] = true);
        List<Integer> starts = new ArrayList<>(graph.starts());
        for (int i = 0; i < n; i++) {
            if (!hasIncoming[i] && !starts.contains(i)) {
                starts.add(i);
            }
        }
        boolean[] isEnd = new boolean[n];
        for (int i = 0; i < n; i++) {
            isEnd[i] = next.get(i).isEmpty();
        }
        boolean[] result = new boolean[n];
        if (starts.isEmpty() && n > 0) {
            starts.add(0); // every step has a predecessor and no trigger says where to start: the first step
        }
        for (int s = 0; s < n; s++) {
            boolean[] seen = new boolean[n];
            seen[s] = true;
            Deque<Integer> work = new ArrayDeque<>();
            for (int start : starts) {
                if (!seen[start]) {
                    seen[start] = true;
                    work.add(start);
                }
            }
            boolean endReached = false;
            while (!work.isEmpty() && !endReached) {
                int current = work.poll();
                endReached = isEnd[current];
                for (int t : next.get(current)) {
                    if (!seen[t]) {
                        seen[t] = true;
                        work.add(t);
                    }
                }
            }
            result[s] = !endReached;
        }
        return result;
    }

    private boolean[] stepsOnLoops() {
        int n = graph.steps().size();
        List<List<Integer>> next = successors();
        boolean[] result = new boolean[n];
        for (int s = 0; s < n; s++) {
            boolean[] seen = new boolean[n];
            Deque<Integer> work = new ArrayDeque<>(next.get(s));
            while (!work.isEmpty() && !result[s]) {
                int current = work.poll();
                if (current == s) {
                    result[s] = true;
                } else if (!seen[current]) {
                    seen[current] = true;
                    work.addAll(next.get(current));
                }
            }
        }
        return result;
    }

    private List<List<Integer>> successors() {
        List<List<Integer>> next = new ArrayList<>();
        for (int i = 0; i < graph.steps().size(); i++) {
            next.add(new ArrayList<>());
        }
        graph.flows().forEach(f -> next.get(f.source()).add(f.target()));
        return next;
    }
}
