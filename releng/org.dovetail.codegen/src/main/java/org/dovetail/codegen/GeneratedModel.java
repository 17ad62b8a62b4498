package org.dovetail.codegen;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;

/**
 * One metamodel whose EMF code {@code ./dovetail generate-model} generates: the bundle holding
 * {@code model/<name>.ecore} and {@code .genmodel}, the optional edit bundle, and the generator
 * settings applied before every run (so the committed genmodel can always be rebuilt from the ecore).
 *
 * @param name         the file name of the ecore and genmodel without extension
 * @param modelBundle  the bundle with {@code model/} and {@code src-gen/}
 * @param editBundle   the bundle that receives the EMF.Edit code, or {@code null} for none
 * @param conventions  the generator settings
 */
record GeneratedModel(String name, String modelBundle, String editBundle, Consumer<GenModel> conventions) {

    static final GeneratedModel DOVETAIL = new GeneratedModel("dovetail", GenModelConventions.MODEL_BUNDLE,
            GenModelConventions.EDIT_BUNDLE, GenModelConventions::apply);

    static final GeneratedModel DIAGRAM = new GeneratedModel("diagram", DiagramGenModelConventions.MODEL_BUNDLE, null,
            DiagramGenModelConventions::apply);

    /** Every generated metamodel of the repository. */
    static final List<GeneratedModel> ALL = List.of(DOVETAIL, DIAGRAM);

    boolean hasEdit() {
        return editBundle != null;
    }
}
