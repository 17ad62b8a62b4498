package org.dovetail.rules.ui;

import java.util.Set;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.RulePack;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A check that reports its start to a progress monitor and stops when the monitor is cancelled. The engine has no
 * progress or cancel hook of its own: it asks each check for its element types once, then calls it per element, so
 * these two calls carry the progress, and a cancelled run makes every remaining check fail at its first element.
 */
final class MonitoredCheck implements ModelCheck {

    private final ModelCheck delegate;
    private final IProgressMonitor monitor;
    private boolean started;

    MonitoredCheck(ModelCheck delegate, IProgressMonitor monitor) {
        this.delegate = delegate;
        this.monitor = monitor;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public RuleCategory category() {
        return delegate.category();
    }

    @Override
    public Severity defaultSeverity() {
        return delegate.defaultSeverity();
    }

    @Override
    public Set<EClass> appliesTo() {
        start();
        return delegate.appliesTo();
    }

    @Override
    public RulePack pack() {
        return delegate.pack();
    }

    @Override
    public String title() {
        return delegate.title();
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        start();
        delegate.check(element, context, findings);
    }

    private synchronized void start() {
        if (!started) {
            started = true;
            monitor.subTask(delegate.id());
            monitor.worked(1);
        }
    }
}
