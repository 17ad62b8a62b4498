package org.dovetail.codegen;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPropertyKind;

/**
 * The generator settings of the Dovetail metamodel, kept in code so that the committed
 * {@code dovetail.genmodel} can always be rebuilt from the {@code .ecore} alone.
 */
final class GenModelConventions {

    static final String MODEL_BUNDLE = "org.dovetail.model";
    static final String EDIT_BUNDLE = "org.dovetail.model.edit";

    /** Label features for classes that have no {@code name}. */
    private static final Map<String, String> LABELS = Map.of(
            "Flow", "condition", "Finding", "message", "Waiver", "reason", "SignOff", "comment",
            "ActivityMapping", "activity", "Deviation", "description", "StepChange", "reason",
            "WorkflowProof", "summary");

    /** Attributes that hold prose and deserve a multi-line property editor. */
    private static final Set<String> PROSE = Set.of(
            "description", "statement", "explanation", "remediation", "reason", "rationale",
            "adaptation", "pressure", "summary", "responsibilities", "comment", "fateReason");

    private GenModelConventions() {
    }

    static void apply(GenModel genModel) {
        genModel.setModelName("Dovetail");
        genModel.setModelPluginID(MODEL_BUNDLE);
        genModel.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
        genModel.setEditPluginID(EDIT_BUNDLE);
        genModel.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
        genModel.setEditPluginClass("org.dovetail.model.provider.DovetailEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setCopyrightText("Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.");
        genModel.setCopyrightFields(false);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setOperationReflection(true);
        genModel.setCodeFormatting(false);
        genModel.setSuppressGenModelAnnotations(false); // documentation stays available at run time (tooltips, reports)
        genModel.setCreationIcons(true);
        genModel.setCreationCommands(true);
        genModel.setEditorDirectory("");
        genModel.setTestsDirectory("");

        for (GenPackage root : genModel.getGenPackages()) {
            root.setPrefix("Dovetail");
            root.setBasePackage("org.dovetail");
            for (GenPackage nested : root.getNestedGenPackages()) {
                nested.setBasePackage("org.dovetail.model");
                nested.setPrefix(prefixOf(nested.getEcorePackage().getName()));
            }
        }
        for (GenPackage pkg : allPackages(genModel)) {
            pkg.setDisposableProviderFactory(true);
            pkg.setMultipleEditorPages(false);
            pkg.setGenerateExampleClass(false);
            for (GenClass genClass : pkg.getGenClasses()) {
                applyTo(genClass);
            }
        }
    }

    private static void applyTo(GenClass genClass) {
        String label = LABELS.get(genClass.getName());
        for (GenFeature feature : genClass.getGenFeatures()) {
            String name = feature.getName();
            if (name.equals(label)) {
                genClass.setLabelFeature(feature);
            }
            if ("id".equals(name)) {
                feature.setProperty(GenPropertyKind.READONLY_LITERAL);
            }
            if (PROSE.contains(name)) {
                feature.setPropertyMultiLine(true);
            }
        }
        if (label != null && genClass.getLabelFeature() == null) {
            for (GenFeature feature : genClass.getAllGenFeatures()) {
                if (feature.getName().equals(label)) {
                    genClass.setLabelFeature(feature);
                }
            }
        }
    }

    static Iterable<GenPackage> allPackages(GenModel genModel) {
        return genModel.getAllGenPackagesWithClassifiers();
    }

    private static String prefixOf(String packageName) {
        return "workasdone".equals(packageName) ? "WorkAsDone"
                : Character.toUpperCase(packageName.charAt(0)) + packageName.substring(1);
    }
}
