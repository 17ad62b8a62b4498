package org.dovetail.rules.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Runs one check over its elements on a worker thread, within a time limit. Java cannot kill a thread, so a check
 * past its limit is interrupted and stopped cooperatively: at its next element, at its next report, or at its next
 * interruptible call. Its findings are dropped; a check that ignores all three keeps a daemon thread until it ends,
 * but the run goes on without it.
 */
public final class CheckRunner implements AutoCloseable {

    /** The result of one check: its findings, or why it has none. */
    public record Outcome(List<RuleFinding> findings, boolean timedOut, String error, Throwable cause) {

        static Outcome ok(List<RuleFinding> findings) {
            return new Outcome(findings, false, null, null);
        }

        public boolean failed() {
            return timedOut || error != null;
        }
    }

    /**
     * Daemon workers shared by all runners and kept between runs (an idle one ends after a minute), so a run does not
     * pay for a new pool and a new thread. A check stopped after its limit that ignores the stop keeps its worker;
     * the pool starts another for the next check.
     */
    private static final ExecutorService SHARED_WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dovetail-rule");
        t.setDaemon(true);
        return t;
    });

    private final ExecutorService workers = SHARED_WORKERS;

    public Outcome run(ModelCheck check, ModelIndex index, Duration limit) {
        AtomicBoolean stop = new AtomicBoolean();
        CollectingReporter reporter = new CollectingReporter(check, stop::get);
        EObject[] current = new EObject[1];
        Future<List<RuleFinding>> future = workers.submit(() -> {
            for (EObject element : elementsToRun(check, index)) {
                if (stop.get() || Thread.currentThread().isInterrupted()) {
                    throw new CheckStoppedException();
                }
                current[0] = element;
                check.check(element, index, reporter);
            }
            return reporter.findings();
        });
        try {
            return Outcome.ok(future.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            stop.set(true);
            future.cancel(true);
            return new Outcome(List.of(), true, "stopped after the time limit of " + limit.toMillis() + " ms", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String where = current[0] == null ? "" : " on " + current[0].eClass().getName() + " \"" + Labels.label(current[0]) + '"';
            return new Outcome(List.of(), false, cause + where, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            future.cancel(true);
            return new Outcome(List.of(), false, "validation interrupted", e);
        }
    }

    /**
     * The result of one check on some of its elements, per element: the findings each evaluation reported
     * (deduplicated per element as one full run would), and the evaluations that threw. Empty when the batch was
     * stopped after the time limit ({@code error} says so).
     */
    public record Evaluation(Map<EObject, List<RuleFinding>> bySource, Map<EObject, String> errors,
            Map<EObject, Throwable> causes, boolean timedOut, String error) {
    }

    /**
     * Evaluates {@code check} on each of {@code elements} on a worker thread within the time limit, keeping every
     * element's findings apart (incremental validation merges them). An element whose evaluation throws is noted
     * and the others still run.
     */
    public Evaluation evaluate(ModelCheck check, Collection<EObject> elements, RuleContext context, Duration limit) {
        AtomicBoolean stop = new AtomicBoolean();
        Future<Evaluation> future = workers.submit(() -> {
            Map<EObject, List<RuleFinding>> bySource = new LinkedHashMap<>();
            Map<EObject, String> errors = new LinkedHashMap<>();
            Map<EObject, Throwable> causes = new LinkedHashMap<>();
            for (EObject element : elements) {
                if (stop.get() || Thread.currentThread().isInterrupted()) {
                    throw new CheckStoppedException();
                }
                CollectingReporter reporter = new CollectingReporter(check, stop::get);
                try {
                    check.check(element, context, reporter);
                    bySource.put(element, reporter.findings());
                } catch (CheckStoppedException e) {
                    throw e;
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    errors.put(element, e + " on " + element.eClass().getName() + " \"" + Labels.label(element) + '"');
                    causes.put(element, e);
                }
            }
            return new Evaluation(bySource, errors, causes, false, null);
        });
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop.set(true);
            future.cancel(true);
            return new Evaluation(Map.of(), Map.of(), Map.of(), true, "stopped after the time limit of " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            return new Evaluation(Map.of(), Map.of(), Map.of(), false, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            future.cancel(true);
            return new Evaluation(Map.of(), Map.of(), Map.of(), false, "validation interrupted");
        }
    }

    /** The check's elements, each once even when it matches several of the check's types. */
    public static Set<EObject> elementsOf(ModelCheck check, RuleContext index) {
        Set<EObject> elements = new LinkedHashSet<>();
        for (EClass type : check.appliesTo()) {
            elements.addAll(index.allInstances(type));
        }
        return elements;
    }

    /**
     * The same elements in the same order as {@link #elementsOf}, without copying them when the check applies to one
     * type only (each instance is listed once then).
     */
    private static Collection<EObject> elementsToRun(ModelCheck check, RuleContext index) {
        Collection<EClass> types = check.appliesTo();
        if (types.size() == 1) {
            return index.allInstances(types.iterator().next());
        }
        return elementsOf(check, index);
    }

    /**
     * Ends this runner. The workers are shared and kept for later runs; a check still running here was stopped
     * already (every run waits for its check or cancels it), so nothing is left to end.
     */
    @Override
    public void close() {
        // nothing to release: see SHARED_WORKERS
    }
}
