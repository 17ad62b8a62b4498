package org.dovetail.examples;

import java.util.function.Supplier;

import org.dovetail.model.DovetailModel;

/**
 * One example model shipped with Dovetail.
 *
 * @param name      the example's name, also the prefix of its name-based ids
 * @param fileName  the file under {@code models/} in this bundle
 * @param title     a human title
 * @param summary   one sentence on what the example shows
 * @param withGaps  builds the shipped model, with the deliberate gaps listed in {@code models/GAPS.md}
 * @param corrected builds the variant in which every deliberate gap is fixed
 */
public record Example(String name, String fileName, String title, String summary, Supplier<DovetailModel> withGaps,
        Supplier<DovetailModel> corrected) {

    /** The path of the shipped file inside this bundle (and its jar). */
    public String resourcePath() {
        return "models/" + fileName;
    }
}
