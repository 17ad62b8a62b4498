package org.dovetail.rules.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Runs one check over its elements within a time limit. Java cannot kill a thread, so a check past its limit is
 * interrupted and stopped cooperatively: at its next element, at its next report, or at its next interruptible
 * call; its findings are dropped.
 *
 * <p>Where it runs: a check the runner is told to trust runs on the calling thread (no hand-over to another
 * thread, which costs more than a small check under load), with a shared watchdog thread that asks it to stop at
 * the limit. Any other check runs on a shared daemon worker while the caller waits up to the limit, so that even a
 * check that ignores all three stop points cannot hold up the run: it keeps its worker until it ends, and the run
 * goes on without it.</p>
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
     * The result of one check on some of its elements, per element: the findings each evaluation reported
     * (deduplicated per element as one full run would), and the evaluations that threw. Empty when the batch was
     * stopped after the time limit ({@code error} says so).
     */
    public record Evaluation(Map<EObject, List<RuleFinding>> bySource, Map<EObject, Set<EObject>> namedBySource, Map<EObject, String> errors,
            Map<EObject, Throwable> causes, boolean timedOut, String error) {
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

    /** Stops checks running on their caller's thread at their limit. */
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "dovetail-rule-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.setRemoveOnCancelPolicy(true); // most alarms are cancelled long before they are due
        return watchdog;
    }

    private final Predicate<? super ModelCheck> onCallingThread;

    /** A runner that runs every check on a worker. */
    public CheckRunner() {
        this(check -> false);
    }

    /** A runner that runs the checks {@code onCallingThread} accepts on the calling thread, the others on a worker. */
    public CheckRunner(Predicate<? super ModelCheck> onCallingThread) {
        this.onCallingThread = Objects.requireNonNull(onCallingThread);
    }

    /** How one attempt ended: a value, or stopped at the limit, or interrupted from outside, or failed. */
    private record Attempt<T>(T value, boolean timedOut, boolean interrupted, Throwable error) {
    }

    public Outcome run(ModelCheck check, ModelIndex index, Duration limit) {
        return run(check, index, limit, () -> false);
    }

    /**
     * Runs {@code check} over all its elements. {@code cancelled} is polled at each element and report (from the
     * thread the check runs on); once it says so the check stops and the outcome says "validation interrupted".
     */
    public Outcome run(ModelCheck check, ModelIndex index, Duration limit, BooleanSupplier cancelled) {
        AtomicBoolean stop = new AtomicBoolean();
        CollectingReporter reporter = new CollectingReporter(check, () -> stop.get() || cancelled.getAsBoolean());
        EObject[] current = new EObject[1];
        Attempt<List<RuleFinding>> attempt = attempt(check, stop, limit, () -> {
            for (EObject element : elementsToRun(check, index)) {
                stopIfAsked(stop);
                if (cancelled.getAsBoolean()) {
                    throw new CheckStoppedException();
                }
                current[0] = element;
                check.check(element, index, reporter);
            }
            return reporter.findings();
        });
        if (attempt.timedOut()) {
            return new Outcome(List.of(), true, stoppedAfter(limit), null);
        }
        if (attempt.interrupted()) {
            return new Outcome(List.of(), false, "validation interrupted", null);
        }
        if (attempt.error() != null) {
            Throwable cause = attempt.error();
            String where = current[0] == null ? "" : " on " + current[0].eClass().getName() + " \"" + Labels.label(current[0]) + '"';
            return new Outcome(List.of(), false, cause + where, cause);
        }
        return Outcome.ok(attempt.value());
    }

    /**
     * Evaluates {@code check} on each of {@code elements} within the time limit, keeping every element's findings
     * apart (incremental validation merges them). An element whose evaluation throws is noted and the others still
     * run.
     */
    public Evaluation evaluate(ModelCheck check, Collection<EObject> elements, RuleContext context, Duration limit) {
        AtomicBoolean stop = new AtomicBoolean();
        Attempt<Evaluation> attempt = attempt(check, stop, limit, () -> {
            Map<EObject, List<RuleFinding>> bySource = new LinkedHashMap<>();
            Map<EObject, Set<EObject>> namedBySource = new HashMap<>();
            Map<EObject, String> errors = new LinkedHashMap<>();
            Map<EObject, Throwable> causes = new LinkedHashMap<>();
            for (EObject element : elements) {
                stopIfAsked(stop);
                CollectingReporter reporter = new CollectingReporter(check, stop::get);
                try {
                    check.check(element, context, reporter);
                    bySource.put(element, reporter.findings());
                    namedBySource.put(element, reporter.named());
                } catch (CheckStoppedException e) {
                    throw e;
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    errors.put(element, e + " on " + element.eClass().getName() + " \"" + Labels.label(element) + '"');
                    causes.put(element, e);
                }
            }
            return new Evaluation(bySource, namedBySource, errors, causes, false, null);
        });
        if (attempt.timedOut()) {
            return new Evaluation(Map.of(), Map.of(), Map.of(), Map.of(), true, stoppedAfter(limit));
        }
        if (attempt.interrupted()) {
            return new Evaluation(Map.of(), Map.of(), Map.of(), Map.of(), false, "validation interrupted");
        }
        if (attempt.error() != null) {
            return new Evaluation(Map.of(), Map.of(), Map.of(), Map.of(), false, String.valueOf(attempt.error()));
        }
        return attempt.value();
    }

    private static void stopIfAsked(AtomicBoolean stop) {
        if (stop.get() || Thread.currentThread().isInterrupted()) {
            throw new CheckStoppedException();
        }
    }

    private static String stoppedAfter(Duration limit) {
        return "stopped after the time limit of " + limit.toMillis() + " ms";
    }

    private <T> Attempt<T> attempt(ModelCheck check, AtomicBoolean stop, Duration limit, Callable<T> body) {
        return onCallingThread.test(check) ? onThisThread(stop, limit, body) : onWorker(stop, limit, body);
    }

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int STOPPING = 2;
    private static final int STOPPED = 3;

    /**
     * Runs {@code body} here; at the limit the watchdog sets {@code stop} and interrupts this thread. The interrupt
     * is the watchdog's own, so it is cleared again before returning (a handshake makes sure it has arrived).
     */
    private static <T> Attempt<T> onThisThread(AtomicBoolean stop, Duration limit, Callable<T> body) {
        Thread caller = Thread.currentThread();
        if (caller.isInterrupted()) {
            return new Attempt<>(null, false, true, null);
        }
        AtomicInteger state = new AtomicInteger(RUNNING);
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            if (state.compareAndSet(RUNNING, STOPPING)) {
                stop.set(true);
                caller.interrupt();
                state.set(STOPPED);
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            T value = body.call();
            return stop.get() ? new Attempt<>(null, true, false, null) : new Attempt<>(value, false, false, null);
        } catch (Throwable e) { // as a worker would report it
            if (stop.get()) {
                return new Attempt<>(null, true, false, null);
            }
            if (e instanceof CheckStoppedException) {
                return new Attempt<>(null, false, true, null);
            }
            return new Attempt<>(null, false, false, e);
        } finally {
            if (!state.compareAndSet(RUNNING, DONE)) {
                while (state.get() != STOPPED) {
                    Thread.onSpinWait();
                }
                Thread.interrupted();
            }
            alarm.cancel(false);
        }
    }

    /** Runs {@code body} on a shared worker and waits for it up to the limit. */
    private <T> Attempt<T> onWorker(AtomicBoolean stop, Duration limit, Callable<T> body) {
        Future<T> future = workers.submit(body);
        try {
            return new Attempt<>(future.get(limit.toMillis(), TimeUnit.MILLISECONDS), false, false, null);
        } catch (TimeoutException e) {
            stop.set(true);
            future.cancel(true);
            return new Attempt<>(null, true, false, null);
        } catch (ExecutionException e) {
            return new Attempt<>(null, false, false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            future.cancel(true);
            return new Attempt<>(null, false, true, null);
        }
    }

    private final ExecutorService workers = SHARED_WORKERS;

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
