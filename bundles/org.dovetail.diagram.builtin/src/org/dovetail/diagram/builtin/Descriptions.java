package org.dovetail.diagram.builtin;

import org.dovetail.diagram.model.description.ArrowKind;
import org.dovetail.diagram.model.description.ChildrenPresentation;
import org.dovetail.diagram.model.description.ConditionalStyle;
import org.dovetail.diagram.model.description.ContainerMapping;
import org.dovetail.diagram.model.description.DecorationDescription;
import org.dovetail.diagram.model.description.DecorationKind;
import org.dovetail.diagram.model.description.DecorationPosition;
import org.dovetail.diagram.model.description.DescriptionFactory;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.DiagramElementMapping;
import org.dovetail.diagram.model.description.EdgeStyle;
import org.dovetail.diagram.model.description.ElementEdgeMapping;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.description.LineStyle;
import org.dovetail.diagram.model.description.NodeMapping;
import org.dovetail.diagram.model.description.NodeShape;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.description.RelationEdgeMapping;
import org.dovetail.diagram.model.description.Style;

/** Small builders that keep the built-in diagram descriptions readable. */
final class Descriptions {

    static final DescriptionFactory F = DescriptionFactory.eINSTANCE;

    private Descriptions() {
    }

    static DiagramDescription diagram(String id, String label, String domainClass, String documentation) {
        DiagramDescription diagram = F.createDiagramDescription();
        diagram.setId(id);
        diagram.setLabel(label);
        diagram.setDomainClass(domainClass);
        diagram.setDocumentation(documentation);
        diagram.setDefaultLayer(layer("default", "Default", true));
        return diagram;
    }

    /** A palette image of this bundle (icons/palette/<name>.png, with a @2x twin for HiDPI). */
    static String icon(String name) {
        return "platform:/plugin/org.dovetail.diagram.builtin/icons/palette/" + name + ".png";
    }

    static Layer layer(String id, String label, boolean active) {
        Layer layer = F.createLayer();
        layer.setId(id);
        layer.setLabel(label);
        layer.setActiveByDefault(active);
        return layer;
    }

    static NodeStyle box(NodeShape shape, String fill, String border, String tag, int width, int height) {
        NodeStyle style = F.createNodeStyle();
        style.setShape(shape);
        style.setFillColor(fill);
        style.setBorderColor(border);
        style.setTag(tag);
        style.setWidth(width);
        style.setHeight(height);
        style.setLineWidth(1);
        return style;
    }

    static NodeStyle copy(NodeStyle style) {
        return org.eclipse.emf.ecore.util.EcoreUtil.copy(style);
    }

    static NodeStyle containerStyle(String fill, String header, String border, int fontSize) {
        NodeStyle style = box(NodeShape.ROUNDED_RECTANGLE, fill, border, null, 160, 60);
        style.setHeaderColor(header);
        style.setFontSize(fontSize);
        return style;
    }

    static EdgeStyle line(String color, int width, LineStyle lineStyle, ArrowKind target) {
        EdgeStyle style = F.createEdgeStyle();
        style.setBorderColor(color);
        style.setLineWidth(width);
        style.setLineStyle(lineStyle);
        style.setTargetArrow(target);
        return style;
    }

    static NodeMapping node(String id, String label, String domainClass, NodeStyle style) {
        NodeMapping mapping = F.createNodeMapping();
        mapping.setId(id);
        mapping.setLabel(label);
        mapping.setDomainClass(domainClass);
        mapping.setStyle(style);
        return mapping;
    }

    static ContainerMapping container(String id, String label, String domainClass, NodeStyle style, ChildrenPresentation presentation) {
        ContainerMapping mapping = F.createContainerMapping();
        mapping.setId(id);
        mapping.setLabel(label);
        mapping.setDomainClass(domainClass);
        mapping.setStyle(style);
        mapping.setChildrenPresentation(presentation);
        return mapping;
    }

    static ElementEdgeMapping elementEdge(String id, String label, String domainClass, String source, String target, EdgeStyle style) {
        ElementEdgeMapping mapping = F.createElementEdgeMapping();
        mapping.setId(id);
        mapping.setLabel(label);
        mapping.setDomainClass(domainClass);
        mapping.setSourceExpression(source);
        mapping.setTargetExpression(target);
        mapping.setStyle(style);
        return mapping;
    }

    static RelationEdgeMapping relation(String id, String label, String targetFeature, String targetExpression, EdgeStyle style) {
        RelationEdgeMapping mapping = F.createRelationEdgeMapping();
        mapping.setId(id);
        mapping.setLabel(label);
        mapping.setTargetFeature(targetFeature);
        mapping.setTargetExpression(targetExpression);
        mapping.setStyle(style);
        return mapping;
    }

    static ConditionalStyle when(DiagramElementMapping mapping, String id, String label, String predicate, Style style, Layer layer) {
        ConditionalStyle conditional = F.createConditionalStyle();
        conditional.setId(id);
        conditional.setLabel(label);
        conditional.setPredicateExpression(predicate);
        conditional.setStyle(style);
        conditional.setLayer(layer);
        mapping.getConditionalStyles().add(conditional);
        return conditional;
    }

    static DecorationDescription findings(Layer layer, String id) {
        DecorationDescription decoration = F.createDecorationDescription();
        decoration.setId(id);
        decoration.setLabel("Findings");
        decoration.setKind(DecorationKind.FINDINGS);
        decoration.setPosition(DecorationPosition.NORTH_EAST);
        layer.getDecorations().add(decoration);
        return decoration;
    }

    static DecorationDescription text(Layer layer, String id, String label, String expression, DecorationPosition position, String color) {
        DecorationDescription decoration = F.createDecorationDescription();
        decoration.setId(id);
        decoration.setLabel(label);
        decoration.setKind(DecorationKind.EXPRESSION);
        decoration.setTextExpression(expression);
        decoration.setPosition(position);
        decoration.setColor(color);
        layer.getDecorations().add(decoration);
        return decoration;
    }

    /** A node style like {@code base} with a dashed, thicker border in {@code color} and a caption. */
    static NodeStyle flagged(NodeStyle base, String fill, String color, String tag) {
        NodeStyle style = copy(base);
        style.setFillColor(fill);
        style.setBorderColor(color);
        style.setLineWidth(2);
        style.setLineStyle(LineStyle.DASHED);
        if (tag != null) {
            style.setTag(tag);
        }
        return style;
    }

    /** A node style like {@code base} with a solid thick border in {@code color}. */
    static NodeStyle outlined(NodeStyle base, String color) {
        NodeStyle style = copy(base);
        style.setBorderColor(color);
        style.setLineWidth(2);
        return style;
    }
}
