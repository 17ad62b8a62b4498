package org.dovetail.server.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing and bearer tokens.
 * <p>
 * Passwords: Argon2id through password4j, which writes and reads the standard PHC string
 * ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}), so the parameters travel with each hash and can be raised later
 * without invalidating old ones; Bouncy Castle has the primitive but leaves that encoding to the caller.
 * <p>
 * Tokens: 256 random bits; being unguessable, they need no slow hash: the database keeps their SHA-256.
 */
public final class Secrets {

    private static final String TOKEN_PREFIX = "dvt_";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Argon2Function argon2;
    /** Verified against for unknown users, so that a login for a missing name costs as much as for a real one. */
    private final String decoyHash;

    public Secrets(int memoryKiB, int iterations) {
        this.argon2 = Argon2Function.getInstance(memoryKiB, iterations, 1, HASH_BYTES, Argon2.ID);
        this.decoyHash = hashPassword(newToken().toCharArray());
    }

    public String hashPassword(char[] password) {
        return Password.hash(new String(password)).addRandomSalt(SALT_BYTES).with(argon2).getResult();
    }

    /** Whether {@code password} matches {@code phcHash}; with {@code phcHash == null} it spends the same time and fails. */
    public boolean verifyPassword(char[] password, String phcHash) {
        String hash = phcHash == null ? decoyHash : phcHash;
        boolean matches = Password.check(new String(password), hash).with(Argon2Function.getInstanceFromHash(hash));
        return matches && phcHash != null;
    }

    /** A new bearer token: a prefix that makes leaked tokens easy to spot, then 256 random bits, base64url. */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token: its SHA-256, hex. */
    public static String tokenHash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
