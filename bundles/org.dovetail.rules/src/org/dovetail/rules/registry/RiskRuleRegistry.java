package org.dovetail.rules.registry;

import java.util.List;

import org.dovetail.rules.api.CheckDescriptor;
import org.dovetail.rules.api.RiskRule;
import org.dovetail.rules.internal.Contributions;

/**
 * The risk rules contributed to {@value #EXTENSION_POINT} (or, outside OSGi, listed in
 * {@code META-INF/services/org.dovetail.rules.api.RiskRule}). Loaded on first use; a bad contribution is logged,
 * listed in {@link #problems()} and skipped.
 *
 * @since 0.1
 */
public final class RiskRuleRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.dovetail.rules.riskRules";

    private static final RiskRuleRegistry DEFAULT = new RiskRuleRegistry(Contributions.standard(RiskRule.class, EXTENSION_POINT));

    private final Contributions<RiskRule> contributions;

    private RiskRuleRegistry(Contributions<RiskRule> contributions) {
        this.contributions = contributions;
    }

    /** The rules of the running platform: the extension registry in OSGi, else the context class loader's services. */
    public static RiskRuleRegistry getDefault() {
        return DEFAULT;
    }

    /** The rules that {@code loader} lists as services, for example from a folder of vendor jars. */
    public static RiskRuleRegistry fromClassLoader(ClassLoader loader) {
        return new RiskRuleRegistry(Contributions.fromClassLoader(RiskRule.class, loader));
    }

    /** The usable rules, in contribution order. */
    public List<RiskRule> rules() {
        return contributions.get().items();
    }

    /**
     * What the contributions are (id, title, category, default severity, kind), in contribution order. Read from
     * the extensions' {@code title}, {@code category} and {@code severity} attributes where all are declared, so
     * those checks are not created; others (and every service outside OSGi) are created and asked.
     *
     * @since 0.2
     */
    public List<CheckDescriptor> descriptors() {
        return contributions.descriptors();
    }

    /** Why contributions were skipped, one line each. */
    public List<String> problems() {
        return contributions.get().problems();
    }
}
