package org.dovetail.codegen;

import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;

/**
 * Generator settings of the diagram metamodel ({@code org.dovetail.diagram.model}): descriptions
 * and diagram state, model code only (the diagram runtime has no use for EMF.Edit item providers).
 */
final class DiagramGenModelConventions {

    static final String MODEL_BUNDLE = "org.dovetail.diagram.model";

    private DiagramGenModelConventions() {
    }

    static void apply(GenModel genModel) {
        genModel.setModelName("Diagram");
        genModel.setModelPluginID(MODEL_BUNDLE);
        genModel.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
        genModel.setEditDirectory("");
        genModel.setEditorDirectory("");
        genModel.setTestsDirectory("");
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setCopyrightText("Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.");
        genModel.setCopyrightFields(false);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setOperationReflection(true);
        genModel.setCodeFormatting(false);
        genModel.setSuppressGenModelAnnotations(false);

        for (GenPackage root : genModel.getGenPackages()) {
            root.setPrefix("Diagram");
            root.setBasePackage("org.dovetail.diagram");
            for (GenPackage nested : root.getNestedGenPackages()) {
                nested.setBasePackage("org.dovetail.diagram.model");
                String name = nested.getEcorePackage().getName();
                nested.setPrefix(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            }
        }
        for (GenPackage pkg : genModel.getAllGenPackagesWithClassifiers()) {
            pkg.setGenerateExampleClass(false);
        }
    }
}
