package dev.gofit.account;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts in the database: part of the persistence suite, which CI also runs on PostgreSQL 15
 * ({@code mvn -Ppostgresql test -Dgroups=persistence}).
 */
@QuarkusTest
@Tag("persistence")
class UserPersistenceTest {

    @Inject
    EntityManager em;

    @Inject
    Flyway flyway;

    @Test
    void everyMigrationIsAppliedAndHibernateValidatedTheSchema() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("1", "2");
    }

    @Test
    @TestTransaction
    void storesAUserWithRolesAndFindsItByEmailIgnoringCase() {
        User created = User.create("  Mixed.Case@Test.GoFit ", "Mixed Case", "a long password", EnumSet.of(Role.LEADER, Role.HIRING_MANAGER));
        em.flush();
        em.clear();
        User found = User.findByEmail("MIXED.case@test.gofit").orElseThrow();
        assertThat(found.id).isEqualTo(created.id);
        assertThat(found.email).isEqualTo("mixed.case@test.gofit");
        assertThat(found.roles).containsExactlyInAnyOrder(Role.LEADER, Role.HIRING_MANAGER);
        assertThat(found.enabled).isTrue();
        assertThat(found.createdAt).isNotNull();
        assertThat(found.passwordHash).startsWith("$2a$").doesNotContain("a long password");
    }

    @Test
    @TestTransaction
    void emailIsUniqueInTheDatabase() {
        User.create("twice@test.gofit", "One", "a long password", EnumSet.of(Role.LEADER));
        em.flush();
        assertThatThrownBy(() -> {
            User.create("TWICE@test.gofit", "Two", "a long password", EnumSet.of(Role.LEADER));
            em.flush();
        }).isInstanceOf(PersistenceException.class);
    }

    @Test
    @TestTransaction
    void disablingIsStored() {
        User user = User.create("off@test.gofit", "Off", "a long password", EnumSet.of(Role.ADMIN));
        user.enabled = false;
        em.flush();
        em.clear();
        assertThat(User.findByEmail("off@test.gofit").orElseThrow().enabled).isFalse();
    }
}
