package dev.gofit.account;

import dev.gofit.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.Map;
import java.util.TreeMap;

/**
 * Changes passwords: a user's own (proving the current one) and an admin's reset of someone
 * else's. The rules are those of a new account ({@link NewUser#password()}); changing the hash
 * also ends the account's older login sessions (see {@link SessionStamp}).
 */
@ApplicationScoped
public class PasswordChange {

    private final Validator validator;
    private final PasswordVerifier passwords;
    private final LoginThrottle throttle;

    public PasswordChange(Validator validator, PasswordVerifier passwords, LoginThrottle throttle) {
        this.validator = validator;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /**
     * Problems with a new password, field name → message ({@code password}, {@code confirmation});
     * a null confirmation is not checked (scripts send the password once).
     */
    public Map<String, String> problems(String password, String confirmation) {
        Map<String, String> problems = new TreeMap<>();
        validator.validateValue(NewUser.class, "password", password)
                .forEach(v -> problems.merge("password", v.getMessage(), (a, b) -> a + "; " + b));
        if (confirmation != null && !confirmation.equals(password)) {
            problems.put("confirmation", "does not match the new password");
        }
        return problems;
    }

    /**
     * Sets a user's own password once the current one is proven. A wrong current password counts
     * as a failed login for the account and the caller's address, so this form cannot be used to
     * guess passwords past the {@link LoginThrottle}. Returns the problems; empty means changed.
     */
    @Transactional
    public Map<String, String> changeOwn(long userId, String current, String password, String confirmation,
                                         String address) {
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> ProblemException.notFound("user " + userId));
        Map<String, String> problems = problems(password, confirmation);
        String given = current == null ? "" : current;
        if (!throttle.tryAttempt(user.email, address)) {
            problems.put("currentPassword", "too many wrong attempts: try again in a few minutes");
        } else if (!passwords.matches(given, user.passwordHash)) {
            problems.put("currentPassword", "is not your current password");
        } else {
            throttle.recordSuccess(user.email, address);
            if (given.equals(password)) {
                problems.putIfAbsent("password", "must differ from your current password");
            }
        }
        if (problems.isEmpty()) {
            user.setPassword(password);
        }
        return problems;
    }

    /** An admin sets another user's password. Returns the problems; empty means changed. */
    @Transactional
    public Map<String, String> reset(long userId, String password, String confirmation) {
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> ProblemException.notFound("user " + userId));
        Map<String, String> problems = problems(password, confirmation);
        if (problems.isEmpty()) {
            user.setPassword(password);
        }
        return problems;
    }
}
