package org.dovetail.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the EMF model (and edit) code of one of Dovetail's metamodels ({@link GeneratedModel}) from its
 * {@code model/<name>.ecore}, headless.
 *
 * <p>Generation always happens into a fresh temporary folder; the result is then either copied
 * over the generated parts of the bundles ({@link #write()}) or compared with them
 * ({@link #stalePaths()}). The generated parts are exactly: the model bundle's {@code src-gen/},
 * the edit bundle's {@code src-gen/}, {@code icons/} and {@code plugin.properties} (if the model has an
 * edit bundle), and the {@code .genmodel} itself. Manifests and {@code plugin.xml} are hand-kept.
 */
public final class ModelGenerator {

    private final Path root;
    private final GeneratedModel spec;
    private final Path ecore;
    private final Path genModelFile;

    /** The generator of the Dovetail metamodel ({@code org.dovetail.model}). */
    public ModelGenerator(Path repositoryRoot) {
        this(repositoryRoot, GeneratedModel.DOVETAIL);
    }

    ModelGenerator(Path repositoryRoot, GeneratedModel spec) {
        this.root = repositoryRoot.toAbsolutePath().normalize();
        this.spec = spec;
        Path modelDir = root.resolve("bundles").resolve(spec.modelBundle()).resolve("model");
        this.ecore = modelDir.resolve(spec.name() + ".ecore");
        this.genModelFile = modelDir.resolve(spec.name() + ".genmodel");
    }

    /** Regenerates the code and the genmodel in place. Returns the number of files written. */
    public int write() throws IOException {
        Path out = generate();
        try {
            int n = 0;
            for (GeneratedTree tree : trees(out)) {
                n += tree.copyOver();
            }
            return n;
        } finally {
            deleteTree(out);
        }
    }

    /** Generates into a temporary folder and lists every generated file that differs from the repository. */
    public List<String> stalePaths() throws IOException {
        Path out = generate();
        try {
            List<String> stale = new ArrayList<>();
            for (GeneratedTree tree : trees(out)) {
                stale.addAll(tree.differences());
            }
            return stale;
        } finally {
            deleteTree(out);
        }
    }

    private List<GeneratedTree> trees(Path out) {
        Path model = root.resolve("bundles").resolve(spec.modelBundle());
        Path genModel = out.resolve("genmodel");
        Path genModelOut = out.resolve(spec.modelBundle());
        List<GeneratedTree> trees = new ArrayList<>(List.of(
                new GeneratedTree(genModel.resolve(genModelFile.getFileName().toString()), genModelFile, root),
                new GeneratedTree(genModelOut.resolve("src-gen"), model.resolve("src-gen"), root)));
        if (spec.hasEdit()) {
            Path edit = root.resolve("bundles").resolve(spec.editBundle());
            Path editOut = out.resolve(spec.editBundle());
            trees.add(new GeneratedTree(editOut.resolve("src-gen"), edit.resolve("src-gen"), root));
            trees.add(new GeneratedTree(editOut.resolve("icons"), edit.resolve("icons"), root));
            trees.add(new GeneratedTree(editOut.resolve("plugin.properties"), edit.resolve("plugin.properties"), root));
        }
        return trees;
    }

    private Path generate() throws IOException {
        Path out = Files.createTempDirectory("dovetail-codegen");
        ResourceSet resourceSet = newResourceSet();
        Map<String, URI> platform = EcorePlugin.getPlatformResourceMap();
        platform.put(spec.modelBundle(), folderUri(out.resolve(spec.modelBundle())));
        if (spec.hasEdit()) {
            platform.put(spec.editBundle(), folderUri(out.resolve(spec.editBundle())));
        }

        GenModel genModel = loadOrCreateGenModel(resourceSet);
        spec.conventions().accept(genModel);
        genModel.setCanGenerate(true);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel is not valid: " + valid);
        }
        saveGenModel(genModel, out.resolve("genmodel").resolve(genModelFile.getFileName().toString()));

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        List<String> types = spec.hasEdit()
                ? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)
                : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
        for (String type : types) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("EMF code generation failed (" + type + "): " + result);
            }
        }
        return out;
    }

    private GenModel loadOrCreateGenModel(ResourceSet resourceSet) {
        if (Files.exists(genModelFile)) {
            Resource resource = resourceSet.getResource(fileUri(genModelFile), true);
            GenModel genModel = (GenModel) resource.getContents().get(0);
            genModel.reconcile();
            return genModel;
        }
        Resource ecoreResource = resourceSet.getResource(fileUri(ecore), true);
        EPackage rootPackage = (EPackage) ecoreResource.getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        resourceSet.createResource(fileUri(genModelFile)).getContents().add(genModel);
        genModel.getForeignModel().add(ecore.getFileName().toString());
        genModel.initialize(Collections.singleton(rootPackage));
        return genModel;
    }

    /** Saves the genmodel as if it lived in the repository, so relative references stay right. */
    private void saveGenModel(GenModel genModel, Path target) throws IOException {
        Resource resource = genModel.eResource();
        resource.setURI(fileUri(genModelFile));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
        Files.createDirectories(target.getParent());
        Files.write(target, bytes.toByteArray());
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        return resourceSet;
    }

    private static URI fileUri(Path path) {
        return URI.createFileURI(path.toAbsolutePath().toString());
    }

    private static URI folderUri(Path path) {
        return URI.createFileURI(path.toAbsolutePath().toString() + "/");
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
