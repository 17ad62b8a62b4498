package org.dovetail.sync.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of secure storage when the desktop offers no keyring (a plain X session, Xvfb): a random key
 * kept in {@code ~/.dovetail/secure-storage.key}, readable by its owner only. A keyring provider, when installed,
 * has a higher priority and is used instead.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            return new PBEKeySpec(key().toCharArray());
        } catch (IOException e) {
            return null; // secure storage then reports that no password is available
        }
    }

    static synchronized String key() throws IOException {
        Path file = Path.of(System.getProperty("user.home"), ".dovetail", "secure-storage.key");
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getEncoder().encodeToString(random);
        Path temporary = file.resolveSibling("secure-storage.key.tmp");
        Files.writeString(temporary, key + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the user's home folder protects it.
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return key;
    }
}
