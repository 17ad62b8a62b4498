package org.dovetail.rules.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;

import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.api.RulePack;
import org.dovetail.rules.internal.CheckRunner;
import org.dovetail.rules.internal.ModelIndex;
import org.dovetail.rules.registry.MappingValidatorRegistry;
import org.dovetail.rules.registry.RiskRuleRegistry;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Full validation: every enabled risk rule and mapping validator over the whole model. A check that throws or runs
 * past the time limit is reported in {@link ValidationResult#failures()} (its findings of that run are dropped, so a
 * result never holds half a check) and the others still run. Checks run one after the other, in the order given:
 * those of the built-in pack on the calling thread (a watchdog stops them at the limit), any other on a shared
 * worker thread, so that even a vendor check that ignores the stop cannot hold up the run (see
 * {@link Builder#onCallingThread}). A run can report progress and be cancelled through a {@link RunProgress}.
 * Immutable and reusable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * ValidationResult result = RuleEngine.builder().withRegistries()
 *         .configuration(RuleConfiguration.forModel(file)).build().validate(model);
 * }</pre>
 */
public final class RuleEngine {

    /** How long one check may run over the whole model unless configured otherwise. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    /** The id of the built-in rule pack, whose checks run on the calling thread unless configured otherwise. */
    public static final String BUILTIN_PACK_ID = "org.dovetail.rules.builtin";

    private final List<ModelCheck> checks;
    private final List<String> registryProblems;
    private final RuleConfiguration configuration;
    private final LocalDate today;
    private final Duration timeLimit;
    private final Predicate<? super ModelCheck> onCallingThread;

    private RuleEngine(Builder b) {
        checks = List.copyOf(b.checks);
        registryProblems = List.copyOf(b.problems);
        configuration = b.configuration;
        today = b.today != null ? b.today : LocalDate.now();
        timeLimit = configuration.timeLimit().orElse(b.timeLimit);
        onCallingThread = b.onCallingThread;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every check this engine knows, enabled or not. */
    public List<ModelCheck> checks() {
        return checks;
    }

    public ValidationResult validate(EObject root) {
        return validate(List.of(root));
    }

    /** Validates the contents of every resource of {@code resourceSet} together (cross-file references resolve). */
    public ValidationResult validate(ResourceSet resourceSet) {
        List<EObject> roots = new ArrayList<>();
        for (Resource r : List.copyOf(resourceSet.getResources())) {
            roots.addAll(r.getContents());
        }
        return validate(roots);
    }

    public ValidationResult validate(Collection<? extends EObject> roots) {
        return validate(roots, RunProgress.NONE);
    }

    /**
     * Validates the {@code roots} together, telling {@code progress} how the run goes.
     *
     * @throws CancellationException when {@code progress} asked to cancel; the run then has no result
     * @since 0.2
     */
    public ValidationResult validate(Collection<? extends EObject> roots, RunProgress progress) {
        Objects.requireNonNull(progress, "progress");
        List<String> problems = new ArrayList<>(registryProblems);
        List<ModelCheck> toRun = selectChecks(problems);
        progress.started(toRun.size());
        cancelIfAsked(progress);
        ModelIndex index = new ModelIndex(roots, today);
        Waivers waivers = new Waivers(waiversOf(index), today);
        List<RuleFinding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        try (CheckRunner runner = new CheckRunner(onCallingThread)) {
            for (int i = 0; i < toRun.size(); i++) {
                ModelCheck check = toRun.get(i);
                cancelIfAsked(progress);
                CheckRunner.Outcome outcome = runner.run(check, index, timeLimit, progress::isCancelled);
                cancelIfAsked(progress);
                if (outcome.failed()) {
                    failures.add(new RuleFailure(check.id(), outcome.timedOut(), outcome.error(), outcome.cause()));
                } else {
                    var severity = configuration.severity(check.id());
                    for (RuleFinding f : outcome.findings()) {
                        findings.add(waivers.apply(severity.map(f::withSeverity).orElse(f)));
                    }
                }
                progress.checkDone(check.id(), i + 1);
            }
        }
        return new ValidationResult(findings, failures, problems, toRun.size());
    }

    private static void cancelIfAsked(RunProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("validation cancelled");
        }
    }

    /** The waivers of the model, from the index's type buckets (no walk of its own). */
    @SuppressWarnings("unchecked")
    static List<Waiver> waiversOf(org.dovetail.rules.api.RuleContext index) {
        return (List<Waiver>) (List<?>) index.allInstances(GovernancePackage.Literals.WAIVER);
    }

    /**
     * A validator that follows changes of a model and re-runs only the affected checks on the affected elements;
     * its result always equals {@link #validate} of the current model. See {@link IncrementalValidator}.
     */
    public IncrementalValidator incremental() {
        return new IncrementalValidator(this);
    }

    List<ModelCheck> enabledChecks(List<String> problems) {
        problems.addAll(registryProblems);
        return selectChecks(problems);
    }

    RuleConfiguration configuration() {
        return configuration;
    }

    LocalDate today() {
        return today;
    }

    Duration timeLimit() {
        return timeLimit;
    }

    Predicate<? super ModelCheck> onCallingThread() {
        return onCallingThread;
    }

    /** The enabled checks whose pack meets its pin; notes unknown ids and unmet pins in {@code problems}. */
    private List<ModelCheck> selectChecks(List<String> problems) {
        Set<String> known = new HashSet<>();
        Map<String, RulePack> packs = new LinkedHashMap<>();
        checks.forEach(c -> {
            known.add(c.id());
            packs.putIfAbsent(c.pack().id(), c.pack());
        });
        configuration.rules().forEach((id, setting) -> {
            if (!known.contains(id)) {
                problems.add(configuration.source() + ":" + setting.line() + ": no installed rule has the id " + id);
            }
        });
        Set<String> pinnedOut = new HashSet<>();
        configuration.packPins().forEach((packId, pin) -> {
            RulePack pack = packs.get(packId);
            if (pack == null) {
                problems.add(configuration.source() + ": pins rule pack " + packId + " " + pin + ", which is not installed");
            } else if (!RuleConfiguration.matches(pin, pack.version())) {
                pinnedOut.add(packId);
                problems.add(configuration.source() + ": pins rule pack " + packId + " " + pin + " but " + pack.version()
                        + " is installed; its rules did not run");
            }
        });
        return checks.stream().filter(c -> configuration.isEnabled(c.id()) && !pinnedOut.contains(c.pack().id())).toList();
    }

    /** Collects the checks and settings of an engine. */
    public static final class Builder {
        private final List<ModelCheck> checks = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private RuleConfiguration configuration = RuleConfiguration.defaults();
        private LocalDate today;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;
        private Predicate<? super ModelCheck> onCallingThread = c -> BUILTIN_PACK_ID.equals(c.pack().id());

        private Builder() {
        }

        /** Adds the rules and validators of the default registries, noting the contributions they skipped. */
        public Builder withRegistries() {
            problems.addAll(RiskRuleRegistry.getDefault().problems());
            problems.addAll(MappingValidatorRegistry.getDefault().problems());
            checks(RiskRuleRegistry.getDefault().rules());
            return checks(MappingValidatorRegistry.getDefault().validators());
        }

        /** Adds checks; a second check with an id already added is skipped and noted. */
        public Builder checks(Collection<? extends ModelCheck> more) {
            for (ModelCheck c : more) {
                if (ids.add(c.id())) {
                    checks.add(c);
                } else {
                    problems.add("Skipped " + c.getClass().getName() + ": duplicate id " + c.id());
                }
            }
            return this;
        }

        public Builder configuration(RuleConfiguration newConfiguration) {
            configuration = Objects.requireNonNull(newConfiguration);
            return this;
        }

        /** The date waivers are judged on; the system date if not set. */
        public Builder today(LocalDate newToday) {
            today = newToday;
            return this;
        }

        /** How long one check may run; the configuration's {@code time-limit} wins over this. */
        public Builder timeLimit(Duration newTimeLimit) {
            timeLimit = Objects.requireNonNull(newTimeLimit);
            return this;
        }

        /**
         * Which checks run on the calling thread; the others run on a shared worker thread. On the calling thread a
         * check costs no hand-over between threads (which matters for small checks on a loaded machine) and is
         * stopped at the time limit by a watchdog, cooperatively: at its next element, its next report or its next
         * interruptible call. A check that ignores all three would hold up the run there, so only checks known to
         * stop belong here. Default: the checks of the built-in pack ({@value RuleEngine#BUILTIN_PACK_ID}).
         *
         * @since 0.2
         */
        public Builder onCallingThread(Predicate<? super ModelCheck> which) {
            onCallingThread = Objects.requireNonNull(which);
            return this;
        }

        public RuleEngine build() {
            return new RuleEngine(this);
        }
    }
}
