package org.dovetail.diagram.paint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Breaks a label into lines that fit a width, at spaces (a word longer than the width is cut with an ellipsis). */
public final class TextWrap {

    private TextWrap() {
    }

    public static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width.applyAsDouble(candidate) <= maxWidth || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, ellipsize(lines.get(i), maxWidth, width));
        }
        return lines;
    }

    /** The text, shortened with an ellipsis until it fits. */
    public static String ellipsize(String text, double maxWidth, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(text) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && width.applyAsDouble(shortened + "…") > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }
}
