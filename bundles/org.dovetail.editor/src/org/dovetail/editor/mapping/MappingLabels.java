package org.dovetail.editor.mapping;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.dovetail.model.process.Process;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;

/**
 * Labels of the mapping page's trees: the item provider's label, plus coverage on processes; elements that should be
 * mapped and are not stand out (bold, in a warning colour, "unmapped").
 */
final class MappingLabels extends LabelProvider implements IColorProvider, IFontProvider {

    /** A dark orange that reads on light and grey backgrounds. */
    private static final RGB UNMAPPED = new RGB(0xB0, 0x4A, 0x00);

    private final ILabelProvider itemLabels;
    private final Supplier<MappingIndex> index;
    private Color unmappedColor;
    /** The text each process row was given: a row keeps it until relabelled. */
    private final Map<Process, String> processTexts = new IdentityHashMap<>();

    MappingLabels(ILabelProvider itemLabels, Supplier<MappingIndex> index) {
        this.itemLabels = itemLabels;
        this.index = index;
    }

    @Override
    public String getText(Object element) {
        String text = itemLabels.getText(element);
        if (element instanceof Process process) {
            String withCoverage = withCoverage(text, process);
            processTexts.put(process, withCoverage);
            return withCoverage;
        }
        if (isUnmapped(element)) {
            return text + "   (unmapped)";
        }
        return text;
    }

    /**
     * The processes whose rows show another text than their label now has (their coverage changed with their steps),
     * of those labelled since {@link #forgetProcessTexts()}.
     */
    List<Process> processesLabelledOtherwise() {
        List<Process> changed = new ArrayList<>();
        processTexts.forEach((process, shown) -> {
            if (!shown.equals(withCoverage(itemLabels.getText(process), process))) {
                changed.add(process);
            }
        });
        return changed;
    }

    private String withCoverage(String label, Process process) {
        return label + "   [" + index.get().coverage(process) + "]";
    }

    /** Every row is labelled again (a full refresh): what was shown no longer matters. */
    void forgetProcessTexts() {
        processTexts.clear();
    }

    @Override
    public Image getImage(Object element) {
        return itemLabels.getImage(element);
    }

    @Override
    public Color getForeground(Object element) {
        if (!isUnmapped(element)) {
            return null;
        }
        if (unmappedColor == null) {
            unmappedColor = new Color(UNMAPPED);
        }
        return unmappedColor;
    }

    @Override
    public Color getBackground(Object element) {
        return null;
    }

    @Override
    public Font getFont(Object element) {
        return isUnmapped(element) ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
    }

    boolean isUnmapped(Object element) {
        return element instanceof EObject object && MappingIndex.isMappable(object) && !index.get().isMapped(object);
    }
}
