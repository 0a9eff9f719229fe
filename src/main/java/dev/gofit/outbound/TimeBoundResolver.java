package dev.gofit.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds a resolver in time and in lookups at once. The JDK resolver has no timeout of its own
 * and cannot be interrupted, so a host whose name server never answers would hold the request
 * that submitted it: here the caller waits at most {@code timeout}, and at most {@code maxInFlight}
 * lookups (stuck ones included) run at once; past that a lookup is refused at once.
 */
final class TimeBoundResolver implements TargetResolver {

    /** Why a lookup gave up; the guard words its refusal from it. */
    static final class LookupGaveUp extends UnknownHostException {
        LookupGaveUp(String message) {
            super(message);
        }
    }

    private final TargetResolver delegate;
    private final Duration timeout;
    private final ThreadPoolExecutor lookups;

    TimeBoundResolver(TargetResolver delegate, Duration timeout, int maxInFlight) {
        this.delegate = delegate;
        this.timeout = timeout;
        this.lookups = new ThreadPoolExecutor(0, maxInFlight, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "gofit-dns-lookup");
            t.setDaemon(true); // a lookup stuck in the OS must not hold the JVM at shutdown
            return t;
        });
    }

    @Override
    public List<InetAddress> resolve(String asciiHost) throws UnknownHostException {
        Future<List<InetAddress>> lookup;
        try {
            lookup = lookups.submit(() -> delegate.resolve(asciiHost));
        } catch (RejectedExecutionException busy) {
            throw new LookupGaveUp("too many name lookups are in progress; try again in a moment");
        }
        try {
            return lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            lookup.cancel(true);
            throw new LookupGaveUp("its name servers gave no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof UnknownHostException unknown) {
                throw unknown;
            }
            throw new LookupGaveUp("the name lookup failed");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LookupGaveUp("the name lookup was interrupted");
        }
    }

    void close() {
        lookups.shutdownNow();
    }
}
