package dev.gofit.support;

import dev.gofit.account.Role;
import dev.gofit.account.User;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.EnumSet;
import java.util.Set;

/** Creates staff accounts for tests; every account's password is {@link #PASSWORD}. */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery";

    private TestUsers() {
    }

    /** Creates (or returns) an account with exactly these roles, e.g. {@code ensure("lead@t", LEADER)}. */
    public static String ensure(String email, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        QuarkusTransaction.requiringNew().run(() -> {
            User existing = User.findByEmail(email).orElse(null);
            if (existing == null) {
                User.create(email, email.substring(0, email.indexOf('@')), PASSWORD, set);
            } else {
                existing.roles = set.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(set);
                existing.enabled = true;
            }
        });
        return email;
    }

    public static String leader() {
        return ensure("leader@test.gofit", Role.LEADER);
    }

    public static String hiringManager() {
        return ensure("hiring@test.gofit", Role.HIRING_MANAGER);
    }

    public static String admin() {
        return ensure("admin@test.gofit", Role.ADMIN);
    }
}
