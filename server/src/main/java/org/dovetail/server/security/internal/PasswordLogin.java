package org.dovetail.server.security.internal;

import java.time.Duration;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.dovetail.server.security.Caller;

/** A password check behind the login throttle, shared by {@code POST /login} and HTTP Basic. */
public final class PasswordLogin {

    private final Accounts accounts;
    private final Secrets secrets;
    private final LoginThrottle throttle;

    public PasswordLogin(Accounts accounts, Secrets secrets, LoginThrottle throttle) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.throttle = throttle;
    }

    /**
     * The user whose password this is.
     *
     * @throws ApiAnswer 429 (with Retry-After) while the user or address is blocked, 401 for a wrong name or
     *                              password (the same answer for both)
     */
    public Caller login(String user, char[] password, String address) {
        Optional<Duration> blocked = throttle.blockedFor(user, address);
        if (blocked.isPresent()) {
            long seconds = Math.max(1, (blocked.get().toMillis() + 999) / 1000);
            String message = "too many failed logins; try again in " + seconds + " s";
            throw new ApiAnswer(message, Response.fromResponse(Errors.response(429, "too_many_attempts", message))
                    .header(HttpHeaders.RETRY_AFTER, seconds).build());
        }
        Optional<UserEntity> account = accounts.byName(user);
        boolean matches = secrets.verifyPassword(password, account.map(UserEntity::passwordHash).orElse(null));
        if (!matches) {
            throttle.failed(user, address);
            throw unauthorized("wrong user name or password");
        }
        throttle.succeeded(user);
        return Accounts.toCaller(account.get());
    }

    /** 401 with the challenges the server accepts. */
    public static ApiAnswer unauthorized(String message) {
        Response answer = Response.fromResponse(Errors.response(401, "unauthorized", message))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dovetail\", Bearer realm=\"dovetail\"").build();
        return new ApiAnswer(message, answer);
    }
}
