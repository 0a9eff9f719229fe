package dev.gofit.system;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@link RateCounters} in the database, shared by the replicas. A hit is one short transaction:
 * an {@code update ... set hits = hits + 1} on the key's row (the row lock orders concurrent hits,
 * on PostgreSQL and H2 alike), then a read of the row in the same transaction, which sees this
 * hit's own increment on top of every earlier committed one. A missing row is inserted; if two
 * replicas insert at once, the primary key lets one win and the other retries as an update.
 */
@ApplicationScoped
public class DatabaseRateCounters implements RateCounters {

    /** Tries of one hit against racing inserts and forgets of the same key (logins of one account at once). */
    private static final int MAX_ATTEMPTS = 10;

    private final Clock clock;

    public DatabaseRateCounters() {
        this(Clock.systemUTC());
    }

    DatabaseRateCounters(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Hit hit(String key, Duration window) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> hitOnce(key, window));
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                // another transaction inserted the same key at the same moment (or deleted the row this one
                // meant to update): count again; each retry follows a commit of someone else's, so it ends
            }
        }
    }

    private Hit hitOnce(String key, Duration window) {
        Instant now = clock.instant();
        int counted = RateCounter.update("hits = hits + 1 where key = ?1 and windowEnd > ?2", key, now);
        if (counted == 0) {
            counted = RateCounter.update("hits = 1, windowEnd = ?1 where key = ?2 and windowEnd <= ?3", now.plus(window), key, now);
        }
        if (counted == 0) {
            RateCounter row = new RateCounter();
            row.key = key;
            row.hits = 1;
            row.windowEnd = now.plus(window);
            row.persistAndFlush();
            return new Hit(1, row.windowEnd);
        }
        RateCounter row = RateCounter.findById(key);
        return new Hit(row.hits, row.windowEnd);
    }

    @Override
    public long count(String key) {
        return QuarkusTransaction.requiringNew().call(() -> RateCounter.<RateCounter>findByIdOptional(key)
                .filter(r -> r.windowEnd.isAfter(clock.instant())).map(r -> (long) r.hits).orElse(0L));
    }

    @Override
    public void undo(String key) {
        QuarkusTransaction.requiringNew().run(() -> RateCounter.update("hits = hits - 1 where key = ?1 and hits > 0", key));
    }

    /**
     * Ends the key's window rather than deleting its row: logins of one account at once (scripts on HTTP Basic)
     * each count an attempt and forget it, and deleting the row made every next hit race to insert it again (and
     * an entity remove of a row another transaction had just deleted failed the commit: a 500). The next hit
     * starts a fresh window on the same row, exactly as on a new key; the sweep clears the row later.
     */
    @Override
    public void forget(String key) {
        QuarkusTransaction.requiringNew().run(() ->
                RateCounter.update("hits = 0, windowEnd = ?1 where key = ?2", clock.instant(), key));
    }

    @Override
    public void forgetAll(String prefix) {
        QuarkusTransaction.requiringNew().run(() -> RateCounter.delete("key like ?1", prefix + "%"));
    }

    /** Ended windows are dead rows: cleared every few minutes by whichever replica runs this first. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        QuarkusTransaction.requiringNew().run(() -> RateCounter.delete("windowEnd < ?1", clock.instant()));
    }
}
