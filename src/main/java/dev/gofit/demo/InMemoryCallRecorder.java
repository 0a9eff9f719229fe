package dev.gofit.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single-instance {@link CallRecorder}: calls kept in memory per run, bounded by the number of
 * runs, the calls per run and their age, so memory stays flat under load.
 */
@ApplicationScoped
public class InMemoryCallRecorder implements CallRecorder {

    /** Calls kept per run; a run is one request of one check, so a handful is normal. */
    static final int MAX_CALLS_PER_RUN = 64;

    private final int maxRuns;
    private final long maxAgeNanos;
    /** Insertion-ordered, so the eldest run is evicted first; guarded by {@code this}. */
    private final LinkedHashMap<String, Run> runs = new LinkedHashMap<>();

    @Inject
    public InMemoryCallRecorder(DemoConfig config) {
        this(config.recorderMaxRuns(), config.recorderMaxAge().toNanos());
    }

    public InMemoryCallRecorder(int maxRuns, long maxAgeNanos) {
        this.maxRuns = maxRuns;
        this.maxAgeNanos = maxAgeNanos;
    }

    @Override
    public Recording start(String runId, Source source, long arrivedNanos, long arrivedEpochMicros) {
        Entry rec = new Entry(runId, source, arrivedNanos, arrivedEpochMicros);
        synchronized (this) {
            Run run = runs.get(runId);
            if (run == null) {
                evict(arrivedNanos);
                run = new Run(arrivedNanos);
                runs.put(runId, run);
            }
            if (run.calls.size() < MAX_CALLS_PER_RUN) {
                run.calls.add(rec);
            }
        }
        return rec;
    }

    private void evict(long now) {
        Iterator<Map.Entry<String, Run>> it = runs.entrySet().iterator();
        while (it.hasNext()) {
            Run eldest = it.next().getValue();
            if (runs.size() >= maxRuns || now - eldest.createdNanos > maxAgeNanos) {
                it.remove();
            } else {
                break;
            }
        }
    }

    @Override
    public List<UpstreamCall> callsFor(String runId) {
        synchronized (this) {
            Run run = runs.get(runId);
            if (run == null || System.nanoTime() - run.createdNanos > maxAgeNanos) {
                return List.of();
            }
            List<UpstreamCall> out = new ArrayList<>(run.calls.size());
            for (Entry rec : run.calls) {
                out.add(rec.snapshot());
            }
            return out;
        }
    }

    /** How many runs are held now (for tests and metrics). */
    public synchronized int size() {
        return runs.size();
    }

    private static final class Run {
        final long createdNanos;
        final List<Entry> calls = new ArrayList<>(2);

        Run(long createdNanos) {
            this.createdNanos = createdNanos;
        }
    }

    /** One call being served, held in memory; the first end reported wins. */
    private static final class Entry implements Recording {
        private final String runId;
        private final Source source;
        private final long arrivedNanos;
        private final long arrivedEpochMicros;
        private long answeredNanos = -1;
        private long hungUpNanos = -1;
        private int status;
        private String nonce;
        private String body;

        Entry(String runId, Source source, long arrivedNanos, long arrivedEpochMicros) {
            this.runId = runId;
            this.source = source;
            this.arrivedNanos = arrivedNanos;
            this.arrivedEpochMicros = arrivedEpochMicros;
        }

        @Override
        public synchronized void answered(long nanos, int status, String nonce, String body) {
            if (ended()) {
                return;
            }
            this.answeredNanos = nanos;
            this.status = status;
            this.nonce = nonce;
            this.body = body;
        }

        @Override
        public synchronized void hungUp(long nanos) {
            if (!ended()) {
                this.hungUpNanos = nanos;
            }
        }

        @Override
        public synchronized boolean ended() {
            return answeredNanos >= 0 || hungUpNanos >= 0;
        }

        synchronized UpstreamCall snapshot() {
            return new UpstreamCall(runId, source, arrivedNanos, answeredNanos, hungUpNanos, status, nonce, body,
                    arrivedEpochMicros);
        }
    }
}
