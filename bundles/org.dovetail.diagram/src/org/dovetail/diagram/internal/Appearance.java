package org.dovetail.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dovetail.diagram.api.DiagramFinding;
import org.dovetail.diagram.api.Expression;
import org.dovetail.diagram.model.description.ConditionalStyle;
import org.dovetail.diagram.model.description.DecorationDescription;
import org.dovetail.diagram.model.description.DecorationKind;
import org.dovetail.diagram.model.description.DiagramElementMapping;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.Decoration;
import org.dovetail.diagram.model.state.DecorationSeverity;
import org.dovetail.diagram.model.state.StateFactory;
import org.dovetail.model.governance.Severity;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Computes what a view shows of its element: label, conditional style in effect and decorations. */
final class Appearance {

    private final DescriptionIndex index;
    private final SemanticContext context;

    Appearance(DescriptionIndex index, SemanticContext context) {
        this.index = index;
        this.context = context;
    }

    /** Brings the view's label, style and decorations up to date; sets only what changed. */
    void refresh(DDiagramElement view, EObject semantic) {
        DiagramElementMapping mapping = index.mapping(view.getMappingId());
        if (mapping == null || semantic == null) {
            return;
        }
        String label = label(mapping, semantic);
        if (!Objects.equals(label, view.getLabel())) {
            view.setLabel(label);
        }
        String styleId = styleId(mapping, semantic);
        if (!Objects.equals(styleId, view.getStyleId())) {
            view.setStyleId(styleId);
        }
        List<Decoration> decorations = decorations(mapping, semantic);
        if (!sameDecorations(decorations, view.getDecorations())) {
            view.getDecorations().clear();
            view.getDecorations().addAll(decorations);
        }
    }

    String label(DiagramElementMapping mapping, EObject semantic) {
        Expression expression = index.expression(mapping.getLabelExpression());
        if (expression != null) {
            Object value = expression.evaluate(semantic, context);
            return value == null ? "" : value.toString();
        }
        EStructuralFeature name = semantic.eClass().getEStructuralFeature("name");
        if (name instanceof EAttribute) {
            Object value = semantic.eGet(name);
            return value == null ? "" : value.toString();
        }
        return "";
    }

    private String styleId(DiagramElementMapping mapping, EObject semantic) {
        for (ConditionalStyle style : mapping.getConditionalStyles()) {
            Layer layer = style.getLayer();
            if (layer != null && !context.isLayerActive(layer.getId()) && layer != index.description().getDefaultLayer()) {
                continue;
            }
            if (Boolean.TRUE.equals(index.expression(style.getPredicateExpression()).evaluate(semantic, context))) {
                return style.getId();
            }
        }
        return null;
    }

    private List<Decoration> decorations(DiagramElementMapping mapping, EObject semantic) {
        List<Decoration> result = new ArrayList<>();
        for (Layer layer : index.layers()) {
            if (layer != index.description().getDefaultLayer() && !context.isLayerActive(layer.getId())) {
                continue;
            }
            for (DecorationDescription description : layer.getDecorations()) {
                if (!description.getMappings().isEmpty() && !description.getMappings().contains(mapping)) {
                    continue;
                }
                Decoration decoration = description.getKind() == DecorationKind.FINDINGS
                        ? findingsDecoration(description, semantic)
                        : expressionDecoration(description, semantic);
                if (decoration != null) {
                    result.add(decoration);
                }
            }
        }
        return result;
    }

    private Decoration findingsDecoration(DecorationDescription description, EObject semantic) {
        List<DiagramFinding> findings = context.findings().of(semantic);
        if (findings.isEmpty()) {
            return null;
        }
        Severity worst = context.findings().worst(semantic);
        Decoration decoration = newDecoration(description);
        decoration.setSeverity(DecorationSeverity.get(worst.getLiteral()));
        StringBuilder text = new StringBuilder();
        for (DiagramFinding finding : findings) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(finding.severity().getLiteral().toUpperCase(Locale.ROOT)).append(": ").append(finding.message());
        }
        decoration.setText(text.toString());
        return decoration;
    }

    private Decoration expressionDecoration(DecorationDescription description, EObject semantic) {
        Object value = index.expression(description.getTextExpression()).evaluate(semantic, context);
        if (value == null || value.toString().isEmpty()) {
            return null;
        }
        Decoration decoration = newDecoration(description);
        decoration.setSeverity(DecorationSeverity.NONE);
        decoration.setText(value.toString());
        decoration.setColor(description.getColor());
        return decoration;
    }

    private static Decoration newDecoration(DecorationDescription description) {
        Decoration decoration = StateFactory.eINSTANCE.createDecoration();
        decoration.setDecorationId(description.getId());
        decoration.setPosition(description.getPosition().getLiteral());
        return decoration;
    }

    private static boolean sameDecorations(List<Decoration> a, List<Decoration> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Decoration x = a.get(i);
            Decoration y = b.get(i);
            if (!Objects.equals(x.getDecorationId(), y.getDecorationId()) || x.getSeverity() != y.getSeverity()
                    || !Objects.equals(x.getText(), y.getText()) || !Objects.equals(x.getColor(), y.getColor())
                    || !Objects.equals(x.getPosition(), y.getPosition())) {
                return false;
            }
        }
        return true;
    }
}
