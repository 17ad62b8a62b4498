package org.dovetail.rules.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.engine.RuleConfiguration;
import org.dovetail.rules.engine.RuleConfigurationException;
import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.rules.engine.ValidationResult;
import org.dovetail.rules.registry.MappingValidatorRegistry;
import org.dovetail.rules.registry.RiskRuleRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * One full run of every installed check over an editor's resource set, with the project's {@code .dovetailrules}
 * (the Validate command). It reads the model while the user may go on editing; a run overtaken by an edit is thrown
 * away by {@link ModelValidation}, so a half-changed model never shows as a result.
 */
final class ValidationJob extends Job {

    private final ModelValidation owner;
    private final ResourceSet resourceSet;
    private final Resource resource;
    private final long generation;

    /** The job family of validation runs (for tests and the progress view). */
    static final Object FAMILY = ValidationJob.class;

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    ValidationJob(ModelValidation owner, ResourceSet resourceSet, Resource resource, long generation) {
        super("Validating " + (resource == null ? "the model" : resource.getURI().lastSegment()));
        this.owner = owner;
        this.resourceSet = resourceSet;
        this.resource = resource;
        this.generation = generation;
    }

    long generation() {
        return generation;
    }

    /**
     * An engine with every installed check and the project's {@code .dovetailrules} for {@code resource}; notes for
     * people (configuration problems, skipped contributions) go to {@code notes}. With a monitor, each check reports
     * its progress and stops on cancel; without one, the checks are used as they are (keeping their declared reads).
     */
    static RuleEngine engine(Resource resource, List<String> notes, IProgressMonitor monitor) {
        RuleConfiguration configuration = configuration(resource, notes);
        List<ModelCheck> checks = new ArrayList<>();
        checks.addAll(RiskRuleRegistry.getDefault().rules());
        checks.addAll(MappingValidatorRegistry.getDefault().validators());
        notes.addAll(RiskRuleRegistry.getDefault().problems());
        notes.addAll(MappingValidatorRegistry.getDefault().problems());
        if (monitor != null) {
            monitor.beginTask("Validating", checks.size());
            checks = checks.stream().map(check -> (ModelCheck) new MonitoredCheck(check, monitor)).toList();
        }
        return RuleEngine.builder().checks(checks).configuration(configuration).build();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<String> notes = new ArrayList<>();
        try {
            RuleEngine engine = engine(resource, notes, monitor);
            monitor.setTaskName(getName());
            ValidationResult result = engine.validate(resourceSet);
            if (monitor.isCanceled()) {
                owner.finished(this, null, List.of(), null);
                return Status.CANCEL_STATUS;
            }
            notes.addAll(result.problems());
            result.failures().forEach(failure -> notes.add(failure.toString()));
            owner.finished(this, result, List.copyOf(notes), new ProblemDecorator.Tally(result.findings()));
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            // Most likely the model changed under the run; the next run validates what it is now.
            ILog.of(getClass()).warn("Validation of " + resource + " did not complete", e);
            owner.finished(this, null, List.of(), null);
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    private static RuleConfiguration configuration(Resource resource, List<String> notes) {
        Path model = ModelFiles.path(resource);
        if (model == null) {
            return RuleConfiguration.defaults();
        }
        try {
            return RuleConfiguration.forModel(model);
        } catch (RuleConfigurationException e) {
            notes.add(e.getMessage() + " (validated with the default configuration)");
            return RuleConfiguration.defaults();
        }
    }
}
