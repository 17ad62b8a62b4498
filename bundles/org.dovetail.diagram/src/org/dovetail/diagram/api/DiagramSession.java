package org.dovetail.diagram.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dovetail.diagram.internal.ChangeCollector;
import org.dovetail.diagram.internal.DescriptionIndex;
import org.dovetail.diagram.internal.DiagramSynchronizer;
import org.dovetail.diagram.internal.SemanticContext;
import org.dovetail.diagram.internal.SemanticIds;
import org.dovetail.diagram.model.description.ConditionalStyle;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.DiagramElementMapping;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.description.Style;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.model.state.StatePackage;
import org.dovetail.diagram.registry.DiagramDescriptionRegistry;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One diagram kept in sync with its semantic model: interprets the description when opened, then follows the model's
 * EMF notifications and refreshes incrementally ({@link #refresh()}; automatically after every command of the editing
 * domain's command stack). Changes from the canvas go through {@link #commands()} onto the same command stack as the
 * tree editor's, so both undo alike.
 *
 * @since 0.1
 */
public final class DiagramSession implements AutoCloseable {

    private final Diagram diagram;
    private final EObject semanticRoot;
    private final DescriptionIndex index;
    private final ExpressionRegistry expressions;
    private final SemanticContext context;
    private final DiagramSynchronizer synchronizer;
    private final ChangeCollector changes = new ChangeCollector();
    private final Notifier watched;
    private final EditingDomain domain;
    private final CommandStackListener commandListener;
    private final List<Runnable> refreshListeners = new CopyOnWriteArrayList<>();
    private final Map<String, EObject> detachedLookup = new HashMap<>();
    private final AdapterImpl layerListener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == StatePackage.Literals.DIAGRAM__ACTIVE_LAYERS && !notification.isTouch()) {
                changes.add(notification);
            }
        }
    };
    private DiagramCommands commands;

    private DiagramSession(Diagram diagram, EObject semanticRoot, DiagramDescription description, ExpressionRegistry expressions,
            EditingDomain domain) {
        this.diagram = diagram;
        this.semanticRoot = semanticRoot;
        this.domain = domain;
        this.expressions = expressions;
        this.index = new DescriptionIndex(description, expressions, semanticRoot);
        this.context = new SemanticContext(semanticRoot);
        this.synchronizer = new DiagramSynchronizer(diagram, index, context, this::lookup);
        if (diagram.getDescriptionId() == null) {
            diagram.setDescriptionId(DiagramDescriptionRegistry.qualifiedId(description));
        }
        if (diagram.getRootId() == null) {
            diagram.setRootId(SemanticIds.id(semanticRoot));
        }
        synchronizer.synchronizeAll();
        Resource resource = semanticRoot.eResource();
        this.watched = resource != null ? resource : semanticRoot;
        changes.attach(watched);
        diagram.eAdapters().add(layerListener);
        if (domain != null) {
            commandListener = event -> refresh();
            domain.getCommandStack().addCommandStackListener(commandListener);
        } else {
            commandListener = null;
        }
    }

    /**
     * Opens a diagram: interprets the description on {@code semanticRoot} into {@code diagram} (keeping the bounds of
     * elements it already shows) and starts following the model.
     *
     * @param domain the editing domain whose command stack canvas edits use, or null for a read-only session (export)
     */
    public static DiagramSession open(Diagram diagram, EObject semanticRoot, DiagramDescription description,
            ExpressionRegistry expressions, EditingDomain domain) {
        return new DiagramSession(diagram, semanticRoot, description, expressions, domain);
    }

    public Diagram diagram() {
        return diagram;
    }

    public DiagramDescription description() {
        return index.description();
    }

    public EObject semanticRoot() {
        return semanticRoot;
    }

    public EditingDomain editingDomain() {
        return domain;
    }

    /** The semantic element a view shows, or null if it is gone. */
    public EObject semanticElement(DDiagramElement view) {
        return lookup(view.getSemanticId());
    }

    /** The views (nodes, then edges) showing a semantic element. */
    public List<DDiagramElement> viewsOf(EObject semantic) {
        return List.copyOf(synchronizer.viewsOf(SemanticIds.id(semantic)));
    }

    public DiagramElementMapping mappingOf(DDiagramElement view) {
        return index.mapping(view.getMappingId());
    }

    /** The style in effect for a view: its conditional style if one holds, else its mapping's default. */
    public Style styleOf(DDiagramElement view) {
        ConditionalStyle conditional = index.conditionalStyle(view.getStyleId());
        if (conditional != null) {
            return conditional.getStyle();
        }
        DiagramElementMapping mapping = index.mapping(view.getMappingId());
        if (mapping instanceof org.dovetail.diagram.model.description.AbstractNodeMapping node) {
            return node.getStyle();
        }
        if (mapping instanceof org.dovetail.diagram.model.description.EdgeMapping edge) {
            return edge.getStyle();
        }
        return null;
    }

    public List<Layer> layers() {
        return index.layers();
    }

    /** Applies the model changes since the last refresh; cost follows what changed. */
    public void refresh() {
        if (!changes.hasPending()) {
            return;
        }
        synchronizer.synchronize(changes.drain());
        refreshListeners.forEach(Runnable::run);
    }

    /** Interprets the whole description again (normally never needed: refresh is incremental). */
    public void refreshAll() {
        changes.drain();
        synchronizer.synchronizeAll();
        refreshListeners.forEach(Runnable::run);
    }

    public FindingIndex findings() {
        return context.findings();
    }

    /** Shows new findings; only elements whose findings changed are refreshed. */
    public void setFindings(FindingIndex findings) {
        FindingIndex old = context.findings();
        context.setFindings(findings);
        List<EObject> changed = new ArrayList<>();
        for (String id : old.changedElements(findings)) {
            EObject element = lookup(id);
            if (element != null) {
                changed.add(element);
            }
        }
        synchronizer.synchronizeElements(changed);
        refreshListeners.forEach(Runnable::run);
    }

    /** Where the node of an element about to be created goes (creation tools call this). */
    public void placeNext(String semanticId, int x, int y) {
        synchronizer.placeNext(semanticId, x, y);
    }

    /** Changes as EMF commands for the editing domain's command stack. */
    public DiagramCommands commands() {
        if (domain == null) {
            throw new IllegalStateException("this diagram session was opened without an editing domain (read-only)");
        }
        if (commands == null) {
            commands = new DiagramCommands(this, index);
        }
        return commands;
    }

    ExpressionRegistry expressionRegistry() {
        return expressions;
    }

    /** What the description's expressions see (findings, layers, inverse references). */
    public ExpressionContext expressionContext() {
        return context;
    }

    /** Called after every refresh (the canvas repaints). */
    public void addRefreshListener(Runnable listener) {
        refreshListeners.add(listener);
    }

    public void removeRefreshListener(Runnable listener) {
        refreshListeners.remove(listener);
    }

    private EObject lookup(String id) {
        if (id == null) {
            return null;
        }
        Resource resource = semanticRoot.eResource();
        if (resource != null) {
            EObject found = resource.getEObject(id);
            return found != null && SemanticIds.isUnder(found, org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(semanticRoot)) ? found : null;
        }
        EObject cached = detachedLookup.get(id);
        if (cached != null && SemanticIds.isUnder(cached, semanticRoot)) {
            return cached;
        }
        detachedLookup.clear();
        for (var it = semanticRoot.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            detachedLookup.put(SemanticIds.id(next), next);
        }
        detachedLookup.put(SemanticIds.id(semanticRoot), semanticRoot);
        return detachedLookup.get(id);
    }

    @Override
    public void close() {
        changes.detach(watched);
        diagram.eAdapters().remove(layerListener);
        context.dispose();
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(commandListener);
        }
    }
}
