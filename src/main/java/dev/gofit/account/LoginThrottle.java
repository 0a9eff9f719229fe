package dev.gofit.account;

import dev.gofit.system.RateCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Limits password checks per account and per client address over a fixed window, in counters that
 * every replica shares ({@link RateCounters}, in the database). The attempt is counted
 * <em>before</em> the password is checked, atomically: of 40 guesses sent at once, each gets its
 * own place in the count and only those within the limit reach the password check, so a right
 * password sent among them is refused once the limit is passed. A success forgets the account's
 * count and takes its own attempt off the address's count (an office of people logging in is
 * not an attack).
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String ACCOUNT = "login-account:";
    private static final String ADDRESS = "login-address:";

    private final RateCounters counters;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration lockout;

    @Inject
    public LoginThrottle(RateCounters counters,
                         @ConfigProperty(name = "gofit.login.account-failures", defaultValue = "5") int accountLimit,
                         @ConfigProperty(name = "gofit.login.address-failures", defaultValue = "20") int addressLimit,
                         @ConfigProperty(name = "gofit.login.lockout", defaultValue = "PT15M") Duration lockout) {
        this.counters = counters;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.lockout = lockout;
    }

    /**
     * Counts a login attempt for this account and address, before any password check; true when
     * the password may be checked, false when the account or the address is locked out.
     */
    public boolean tryAttempt(String email, String address) {
        long byAccount = counters.hit(ACCOUNT + email, lockout).count();
        long byAddress = counters.hit(ADDRESS + address, lockout).count();
        return byAccount <= accountLimit && byAddress <= addressLimit;
    }

    /** The password was right: the account starts afresh, and this attempt no longer counts for the address. */
    public void recordSuccess(String email, String address) {
        counters.forget(ACCOUNT + email);
        counters.undo(ADDRESS + address);
    }

    /** Forgets every attempt (tests, and an admin unlocking after an incident). */
    public void reset() {
        counters.forgetAll(ACCOUNT);
        counters.forgetAll(ADDRESS);
    }
}
