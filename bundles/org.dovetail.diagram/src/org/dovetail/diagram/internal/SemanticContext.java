package org.dovetail.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.dovetail.diagram.api.ExpressionContext;
import org.dovetail.diagram.api.FindingIndex;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The context expressions see: the root, findings, active layers, and inverse references through one
 * {@link ECrossReferenceAdapter} on the semantic root (kept up to date by EMF as the model changes).
 */
public final class SemanticContext implements ExpressionContext {

    private final EObject root;
    private final EObject top;
    private final ECrossReferenceAdapter crossReferences;
    private volatile FindingIndex findings = FindingIndex.EMPTY;
    private volatile Set<String> activeLayers = Set.of();

    public SemanticContext(EObject root) {
        this.root = root;
        // The whole model, not just the diagram's root: mappings in the governance record refer to process elements.
        this.top = EcoreUtil.getRootContainer(root);
        this.crossReferences = new ECrossReferenceAdapter();
        top.eAdapters().add(crossReferences);
    }

    public void dispose() {
        top.eAdapters().remove(crossReferences);
    }

    @Override
    public EObject root() {
        return root;
    }

    @Override
    public FindingIndex findings() {
        return findings;
    }

    public void setFindings(FindingIndex newFindings) {
        this.findings = newFindings;
    }

    @Override
    public boolean isLayerActive(String layerId) {
        return activeLayers.contains(layerId);
    }

    public void setActiveLayers(Set<String> layerIds) {
        this.activeLayers = Set.copyOf(layerIds);
    }

    @Override
    public Collection<EObject> referrers(EObject target, EStructuralFeature feature) {
        List<EObject> result = new ArrayList<>();
        for (EStructuralFeature.Setting setting : crossReferences.getInverseReferences(target, false)) {
            if (setting.getEStructuralFeature() == feature && SemanticIds.isUnder(setting.getEObject(), top)) {
                result.add(setting.getEObject());
            }
        }
        return result;
    }

    @Override
    public Collection<EObject> referrers(EObject target) {
        List<EObject> result = new ArrayList<>();
        for (EStructuralFeature.Setting setting : crossReferences.getInverseReferences(target, false)) {
            if (setting.getEStructuralFeature() instanceof EReference reference && !reference.isContainment()
                    && SemanticIds.isUnder(setting.getEObject(), top)) {
                result.add(setting.getEObject());
            }
        }
        return result;
    }
}
