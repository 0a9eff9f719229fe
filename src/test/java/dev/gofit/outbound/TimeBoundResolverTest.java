package dev.gofit.outbound;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A name lookup that never answers holds nobody for long, and stuck lookups cannot pile up. */
class TimeBoundResolverTest {

    private final CountDownLatch never = new CountDownLatch(1);

    /** Like the JDK's lookup of a silent name server: deaf to interrupts (bounded to 10 s here). */
    private final TargetResolver stuck = host -> {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (never.getCount() > 0 && System.nanoTime() < end) {
            try {
                never.await(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException ignored) {
                // keeps waiting, as getaddrinfo does
            }
        }
        return List.of(InetAddress.getLoopbackAddress());
    };

    @org.junit.jupiter.api.AfterEach
    void release() {
        never.countDown();
    }

    @Test
    void aLookupWithoutAnswerGivesUpAtTheTimeout() {
        TimeBoundResolver resolver = new TimeBoundResolver(stuck, Duration.ofMillis(200), 4);
        long start = System.nanoTime();
        assertThatThrownBy(() -> resolver.resolve("slow.example"))
                .isInstanceOf(TimeBoundResolver.LookupGaveUp.class).hasMessageContaining("within 200 ms");
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(150L, 2_000L);
        resolver.close();
    }

    @Test
    void pastTheLimitOfLookupsAtOnceALookupIsRefusedAtOnce() throws Exception {
        TimeBoundResolver resolver = new TimeBoundResolver(stuck, Duration.ofMillis(100), 1);
        assertThatThrownBy(() -> resolver.resolve("first.example")).isInstanceOf(TimeBoundResolver.LookupGaveUp.class);
        // The first lookup is still stuck in its thread (the JDK's cannot be interrupted either).
        long start = System.nanoTime();
        assertThatThrownBy(() -> resolver.resolve("second.example"))
                .isInstanceOf(TimeBoundResolver.LookupGaveUp.class).hasMessageContaining("too many name lookups");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(100L);
        never.countDown();
        resolver.close();
    }

    @Test
    void answersAndUnknownHostsPassThrough() throws Exception {
        TimeBoundResolver resolver = new TimeBoundResolver(host -> {
            if (host.equals("nowhere.invalid")) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByAddress(host, new byte[]{93, (byte) 184, (byte) 216, 34}));
        }, Duration.ofSeconds(2), 2);
        assertThat(resolver.resolve("example.com")).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34");
        assertThatThrownBy(() -> resolver.resolve("nowhere.invalid")).isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(TimeBoundResolver.LookupGaveUp.class);
        resolver.close();
    }
}
