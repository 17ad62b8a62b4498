package org.dovetail.rules.builtin.support;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

import org.dovetail.model.workasdone.Observation;

/** How observed adaptations read inside a finding's sentence. */
public final class Adaptations {

    private Adaptations() {
    }

    /** What people did, one clause per observation, without closing full stops ("a; b"). */
    public static String whatWasDone(Collection<Observation> observations) {
        return observations.stream().map(o -> o.getAdaptation() != null && !o.getAdaptation().isBlank() ? o.getAdaptation() : o.getName())
                .filter(Objects::nonNull).map(Adaptations::clause).distinct().collect(Collectors.joining("; "));
    }

    /** The pressures recorded with the observations, or an empty string when none was. */
    public static String pressures(Collection<Observation> observations) {
        return observations.stream().map(Observation::getPressure).filter(p -> p != null && !p.isBlank()).map(Adaptations::clause)
                .distinct().collect(Collectors.joining("; "));
    }

    private static String clause(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
