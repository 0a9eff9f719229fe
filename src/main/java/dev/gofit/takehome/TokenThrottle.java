package dev.gofit.takehome;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Limits invite-token guesses: after too many unknown tokens from one address, it is refused for a while. */
@ApplicationScoped
public class TokenThrottle {

    static final int MAX_MISSES = 20;

    private final Cache<String, AtomicInteger> misses = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000).build();

    public boolean blocked(String client) {
        AtomicInteger n = misses.getIfPresent(client);
        return n != null && n.get() >= MAX_MISSES;
    }

    public void miss(String client) {
        misses.get(client, k -> new AtomicInteger()).incrementAndGet();
    }
}
