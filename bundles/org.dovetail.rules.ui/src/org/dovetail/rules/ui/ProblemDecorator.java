package org.dovetail.rules.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;

/**
 * Problem overlays in the model tree: an element with an open finding gets an error, warning or info overlay, and its
 * ancestors the worst of their descendants (as the IDE does for files), so a collapsed tree still shows where to look.
 * Waived and accepted findings are not shown.
 */
final class ProblemDecorator extends BaseLabelProvider implements ILabelDecorator {

    private Map<Object, Severity> worst = Map.of();
    private final Map<Severity, Map<Image, Image>> decorated = new HashMap<>();

    /** Takes a new set of findings and tells the tree which labels changed. */
    void update(List<RuleFinding> findings) {
        Map<Object, Severity> next = new HashMap<>();
        for (RuleFinding finding : findings) {
            if (!finding.isOpen()) {
                continue;
            }
            for (EObject element = finding.element(); element != null; element = element.eContainer()) {
                Severity known = next.get(element);
                if (known != null && known.getValue() >= finding.severity().getValue()) {
                    break;
                }
                next.put(element, finding.severity());
            }
        }
        Set<Object> changed = new HashSet<>();
        worst.forEach((element, severity) -> {
            if (next.get(element) != severity) {
                changed.add(element);
            }
        });
        next.forEach((element, severity) -> {
            if (worst.get(element) != severity) {
                changed.add(element);
            }
        });
        worst = next;
        if (!changed.isEmpty()) {
            fireLabelProviderChanged(new LabelProviderChangedEvent(this, changed.toArray()));
        }
    }

    /** The worst open severity on or below {@code element}, or {@code null}. */
    Severity severityOf(Object element) {
        return worst.get(element);
    }

    @Override
    public Image decorateImage(Image image, Object element) {
        Severity severity = worst.get(element);
        if (image == null || image.isDisposed() || severity == null) {
            return null;
        }
        return decorated.computeIfAbsent(severity, s -> new HashMap<>()).computeIfAbsent(image,
                base -> new DecorationOverlayIcon(base, overlay(severity), IDecoration.BOTTOM_LEFT).createImage());
    }

    private static ImageDescriptor overlay(Severity severity) {
        String id = switch (severity) {
            case ERROR -> FieldDecorationRegistry.DEC_ERROR;
            case WARNING -> FieldDecorationRegistry.DEC_WARNING;
            default -> FieldDecorationRegistry.DEC_INFORMATION;
        };
        return ImageDescriptor.createFromImage(FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage());
    }

    @Override
    public String decorateText(String text, Object element) {
        return null;
    }

    @Override
    public void dispose() {
        decorated.values().forEach(images -> images.values().forEach(Image::dispose));
        decorated.clear();
        super.dispose();
    }
}
