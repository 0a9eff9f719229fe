package dev.gofit.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failed logins per account and per client address over a sliding window and locks
 * either out once it passes its limit. The maps are bounded so a flood cannot grow memory.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Cache<String, AtomicInteger> byAccount;
    private final Cache<String, AtomicInteger> byAddress;
    private final int accountLimit;
    private final int addressLimit;

    public LoginThrottle(@ConfigProperty(name = "gofit.login.account-failures", defaultValue = "5") int accountLimit,
                         @ConfigProperty(name = "gofit.login.address-failures", defaultValue = "20") int addressLimit,
                         @ConfigProperty(name = "gofit.login.lockout", defaultValue = "PT15M") Duration lockout) {
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.byAccount = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(lockout).build();
        this.byAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(lockout).build();
    }

    public boolean isLocked(String email, String address) {
        return count(byAccount, email) >= accountLimit || count(byAddress, address) >= addressLimit;
    }

    public void recordFailure(String email, String address) {
        byAccount.get(email, k -> new AtomicInteger()).incrementAndGet();
        byAddress.get(address, k -> new AtomicInteger()).incrementAndGet();
    }

    public void recordSuccess(String email) {
        byAccount.invalidate(email);
    }

    /** Forgets every failure (tests, and an admin unlocking after an incident). */
    public void reset() {
        byAccount.invalidateAll();
        byAddress.invalidateAll();
    }

    private static int count(Cache<String, AtomicInteger> cache, String key) {
        AtomicInteger n = cache.getIfPresent(key);
        return n == null ? 0 : n.get();
    }
}
