package org.dovetail.rules.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rule pack: the unit a vendor ships and a project pins ({@code pack.<id> = <version>} in {@code .dovetailrules}),
 * with its externalised texts. The texts are the {@code messages.properties} in the package of the anchor class
 * (UTF-8, {@link MessageFormat} patterns: write a single quote as {@code ''}), with keys
 * {@code <rule id>.title}, {@code .message}, {@code .explanation} and {@code .remediation}.
 *
 * <pre>{@code
 * public static final RulePack PACK = RulePack.of("com.example.sox", "1.2.0", SoxRules.class);
 * }</pre>
 *
 * @since 0.1
 */
public final class RulePack {

    private final String id;
    private final String version;
    private final ResourceBundle messages;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private RulePack(String id, String version, ResourceBundle messages) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.messages = messages;
    }

    /** A pack whose messages are {@code messages.properties} next to {@code anchor}, loaded by its class loader. */
    public static RulePack of(String id, String version, Class<?> anchor) {
        String baseName = anchor.getPackageName() + ".messages";
        ResourceBundle messages;
        try {
            messages = ResourceBundle.getBundle(baseName, Locale.getDefault(), anchor.getClassLoader());
        } catch (UnsupportedOperationException e) {
            // On the module path this class is in a named module, where the class-loader lookup is not allowed.
            messages = readMessages(anchor);
        }
        return new RulePack(id, version, messages);
    }

    private static ResourceBundle readMessages(Class<?> anchor) {
        try (InputStream in = anchor.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new MissingResourceException("no messages.properties next to " + anchor.getName(), anchor.getName(), "");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    /** Whether the pack has a text for {@code key}. */
    public boolean hasText(String key) {
        return messages.containsKey(key);
    }

    /** The text for {@code key} formatted with {@code args}; {@code !key!} when the pack lacks it. */
    public String text(String key, Object... args) {
        try {
            // Numbers and dates follow the language of the texts found, not the machine's locale.
            MessageFormat format = formats.computeIfAbsent(key,
                    k -> new MessageFormat(messages.getString(k), Objects.requireNonNullElse(messages.getLocale(), Locale.ROOT)));
            synchronized (format) { // parsed once per key; a MessageFormat is not thread-safe
                return format.format(args);
            }
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
    }

    @Override
    public String toString() {
        return id + ' ' + version;
    }
}
