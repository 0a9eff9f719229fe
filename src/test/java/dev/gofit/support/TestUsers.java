package dev.gofit.support;

import dev.gofit.account.Role;
import dev.gofit.account.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Creates staff accounts for tests; every account's password is {@link #PASSWORD}. */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery";

    /** A valid new password for tests that change or reset one. */
    public static final String NEW_PASSWORD = "a brand new passphrase";

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

    /** A JSON API call as {@code email}, with HTTP Basic sent up front as scripts do. */
    public static RequestSpecification api(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON);
    }

    /** The account's database id. */
    public static long id(String email) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByEmail(email).orElseThrow().id);
    }

    /** A fresh leader account of its own, for tests that change its password or lock it out. */
    public static String uniqueLeader() {
        return ensure("pw-" + UUID.randomUUID().toString().substring(0, 8) + "@test.gofit", Role.LEADER);
    }

    /** The status {@code GET /api/me} answers to HTTP Basic with this password. */
    public static int basicStatus(String email, String password) {
        return given().auth().preemptive().basic(email, password).get("/api/me").statusCode();
    }
}
