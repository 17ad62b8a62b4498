package org.dovetail.rules.example;

import org.dovetail.rules.api.RulePack;

/** The example pack: its id and version (what a project pins in {@code .dovetailrules}) and its texts. */
public final class ExamplePack {

    /** Texts are {@code messages.properties} in this package, keyed by rule id. */
    public static final RulePack PACK = RulePack.of("org.dovetail.rules.example", "0.1.0", ExamplePack.class);

    private ExamplePack() {
    }
}
