package org.dovetail.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where checks run (calling thread or worker), how the time limit stops them there, progress and cancelling. */
class RunControlTest {

    private final TestModels m = new TestModels();

    private static RuleEngine.Builder onCallingThread() {
        return RuleEngine.builder().today(LocalDate.of(2026, 6, 1)).onCallingThread(check -> true);
    }

    @AfterEach
    void callerIsNotLeftInterrupted() {
        assertFalse(Thread.interrupted(), "the watchdog's interrupt must not outlive the check");
    }

    @Test
    void checksOfTheBuiltinPackRunOnTheCallingThreadOthersOnAWorker() {
        AtomicReference<Thread> seen = new AtomicReference<>();
        TestRules.Base recorder = new TestRules.Base("test.recorder", ProcessPackage.Literals.PROCESS) {
            @Override
            public void check(EObject element, RuleContext context, FindingReporter findings) {
                seen.set(Thread.currentThread());
            }
        };
        RuleEngine.builder().checks(List.of(recorder)).build().validate(m.model);
        assertTrue(seen.get() != Thread.currentThread() && seen.get().isDaemon(), "a test pack's check runs on a worker");

        onCallingThread().checks(List.of(recorder)).build().validate(m.model);
        assertEquals(Thread.currentThread(), seen.get());
    }

    @Test
    void aSleepingCheckOnTheCallingThreadIsStoppedAtTheLimitAndTheOthersStillRun() {
        long start = System.nanoTime();
        ValidationResult result = onCallingThread().timeLimit(Duration.ofMillis(200))
                .checks(List.of(new TestRules.Sleeping(), new TestRules.Good())).build().validate(m.model);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
        assertEquals("test.sleeping", result.failures().get(0).ruleId());
        assertTrue(result.failures().get(0).timedOut());
        assertEquals(1, result.findingsOf("test.good").size());
    }

    @Test
    void aCheckIgnoringInterruptsOnTheCallingThreadIsStoppedAtItsNextReport() {
        long start = System.nanoTime();
        ValidationResult result = onCallingThread().timeLimit(Duration.ofMillis(100))
                .checks(List.of(new TestRules.Spinning(), new TestRules.Good())).build().validate(m.model);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000, "the run waited for the rule");
        assertTrue(result.failures().get(0).timedOut());
        assertEquals(List.of("test.good"), result.findings().stream().map(f -> f.ruleId()).toList());
    }

    @Test
    void aThrowingCheckOnTheCallingThreadIsReportedAsFailed() {
        ValidationResult result = onCallingThread().checks(List.of(new TestRules.Failing(), new TestRules.Good())).build()
                .validate(m.model);

        RuleFailure failure = result.failures().get(0);
        assertFalse(failure.timedOut());
        assertTrue(failure.message().contains("boom") && failure.message().contains("Test model"), failure.message());
        assertTrue(failure.cause() instanceof IllegalStateException);
        assertEquals(1, result.findingsOf("test.good").size());
    }

    @Test
    void progressHearsOfEveryCheck() {
        List<String> heard = new ArrayList<>();
        ValidationResult result = onCallingThread().checks(List.of(new TestRules.Good(), new TestRules.Failing(), new TestRules.GoodValidator()))
                .build().validate(List.of(m.model), new RunProgress() {
                    @Override
                    public void started(int checks) {
                        heard.add("started " + checks);
                    }

                    @Override
                    public void checkDone(String checkId, int done) {
                        heard.add(done + " " + checkId);
                    }
                });

        assertEquals(List.of("started 3", "1 test.good", "2 test.failing", "3 test.mapping-good"), heard);
        assertEquals(3, result.checksRun());
    }

    @Test
    void aCancelledRunStopsBetweenChecksAndHasNoResult() {
        AtomicBoolean cancel = new AtomicBoolean();
        List<String> done = new ArrayList<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void checkDone(String checkId, int count) {
                done.add(checkId);
                cancel.set(true); // the user cancels after the first check
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        RuleEngine engine = onCallingThread().checks(List.of(new TestRules.Good(), new TestRules.GoodValidator())).build();

        assertThrows(CancellationException.class, () -> engine.validate(List.of(m.model), progress));
        assertEquals(List.of("test.good"), done);
    }

    @Test
    void aCancelStopsARunningCheckOnAWorkerAtItsNextReport() {
        AtomicBoolean cancel = new AtomicBoolean();
        RunProgress progress = new RunProgress() {
            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        RuleEngine engine = RuleEngine.builder().timeLimit(Duration.ofSeconds(30)).checks(List.of(new TestRules.Spinning())).build();
        new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancel.set(true);
        }).start();
        long start = System.nanoTime();

        assertThrows(CancellationException.class, () -> engine.validate(List.of(m.model), progress));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000, "the cancel waited for the rule");
    }
}
