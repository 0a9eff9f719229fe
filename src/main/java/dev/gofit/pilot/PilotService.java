package dev.gofit.pilot;

import dev.gofit.account.User;
import dev.gofit.decision.Answers;
import dev.gofit.decision.Decision;
import dev.gofit.decision.DecisionService;
import dev.gofit.decision.DecisionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The pilot use cases, each in its own transaction: draft, edit, record figures, close. */
@ApplicationScoped
public class PilotService {

    private final PilotContent content;
    private final PilotConfig config;
    private final DecisionService decisions;
    private final PilotClock clock;

    public PilotService(PilotContent content, PilotConfig config, DecisionService decisions, PilotClock clock) {
        this.content = content;
        this.config = config;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Thrown when a pilot's outcome cannot be recorded (409); the message says why and what to do. */
    public static class CloseRefused extends RuntimeException {
        CloseRefused(String message) {
            super(message, null, false, false);
        }
    }

    public Set<LocalDate> holidays() {
        return new HashSet<>(config.holidays().orElse(List.of()));
    }

    /** What a new pilot needs from the user; the rest GoFit drafts. */
    public record Scope(Long decisionId, String service, String owner, String team, LocalDate startDate) {
    }

    /** Drafts and stores a pilot; the decision, when given, must be in the shared decision log (else empty). */
    public Optional<PilotView> create(long userId, Scope scope) {
        return create(userId, scope, Map.of());
    }

    /** Drafts and stores a pilot with some drafted figures replaced, by metric key. */
    @Transactional
    public Optional<PilotView> create(long userId, Scope scope, Map<String, Targets> overrides) {
        Answers answers = null;
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        if (scope.decisionId() != null) {
            // Any decision of the shared log, a colleague's too: the pilot proves it, it does not change it.
            Optional<Decision> decision = Decision.findForUse(scope.decisionId(), userId);
            if (decision.isEmpty()) {
                return Optional.empty();
            }
            answers = decision.get().answers();
            for (String key : PilotTemplates.ANSWER_KEYS) {
                String note = decision.get().note(key);
                if (note != null) {
                    notes.put(key, note);
                }
            }
        }
        PilotDraft draft = content.drafter().draft(scope.service(), scope.startDate(), answers, notes, holidays());
        Pilot pilot = new Pilot();
        pilot.owner = User.findById(userId);
        pilot.decisionId = scope.decisionId();
        pilot.service = scope.service();
        pilot.pilotOwner = blankToNull(scope.owner());
        pilot.team = blankToNull(scope.team());
        pilot.startDate = scope.startDate();
        pilot.hypothesis = draft.hypothesis();
        pilot.scopeIn = new java.util.ArrayList<>(draft.scopeIn());
        pilot.scopeOut = new java.util.ArrayList<>(draft.scopeOut());
        pilot.criteria = new java.util.ArrayList<>(draft.criteria());
        pilot.loadConcurrency = Math.min(draft.concurrency(), config.measure().maxConcurrency());
        if (draft.concurrencyOrigin() != null) {
            pilot.concurrencyOrigin = draft.concurrencyOrigin() + (draft.concurrency() > pilot.loadConcurrency
                    ? " GoFit measures at most " + pilot.loadConcurrency + " concurrent requests (gofit.pilot.measure.max-concurrency)."
                    : "");
        }
        pilot.loadRequests = Math.min(draft.requests(), config.measure().maxRequests());
        pilot.httpMethod = "GET";
        setDays(pilot, draft.days());
        int position = 0;
        for (PilotDraft.Metric m : draft.metrics()) {
            PilotMetric metric = new PilotMetric();
            metric.pilot = pilot;
            metric.position = position++;
            metric.key = m.key();
            metric.name = m.name();
            metric.category = m.category();
            metric.unit = m.unit();
            metric.better = m.better();
            metric.source = m.source();
            metric.howMeasured = m.howMeasured();
            metric.baseline = m.baseline();
            metric.minimum = m.minimum();
            metric.target = m.target();
            metric.origin = m.origin();
            Targets t = overrides.get(m.key());
            if (t != null) {
                metric.baseline = t.baseline() != null ? t.baseline() : metric.baseline;
                metric.minimum = t.minimum();
                metric.target = t.target();
            }
            pilot.metrics.add(metric);
        }
        setRisks(pilot, draft.risks());
        pilot.persist();
        return Optional.of(view(pilot));
    }

    @Transactional
    public Optional<PilotView> find(long id, long userId) {
        return Pilot.findForOwner(id, userId).map(this::view);
    }

    @Transactional
    public List<PilotView> list(long userId) {
        return Pilot.listForOwner(userId).stream().map(this::view).toList();
    }

    /** The user's edits to a drafted charter, already validated. */
    public record Charter(String service, String owner, String team, LocalDate startDate, String hypothesis,
                          List<String> scopeIn, List<String> scopeOut, List<String> criteria,
                          int concurrency, int requests, List<String> dayFocus,
                          Map<String, Targets> targets, List<PilotDraft.Risk> risks) {
    }

    public record Targets(Double baseline, double minimum, double target) {
    }

    @Transactional
    public Optional<PilotView> updateCharter(long id, long userId, Charter charter) {
        return Pilot.findForOwner(id, userId).map(pilot -> {
            pilot.service = charter.service();
            pilot.pilotOwner = blankToNull(charter.owner());
            pilot.team = blankToNull(charter.team());
            pilot.hypothesis = charter.hypothesis();
            pilot.scopeIn = new java.util.ArrayList<>(charter.scopeIn());
            pilot.scopeOut = new java.util.ArrayList<>(charter.scopeOut());
            pilot.criteria = new java.util.ArrayList<>(charter.criteria());
            if (charter.concurrency() != pilot.loadConcurrency) {
                pilot.loadConcurrency = charter.concurrency();
                // The load figures that count are those at the new N: the latest run at it, if any. Figures
                // the team entered by hand stay: whoever entered them vouches for them.
                PilotMeasurement.latestUsable(pilot.id, pilot.loadConcurrency).ifPresent(m ->
                        fillLoadMetrics(pilot, m.p95Ms, m.throughputRps, m.concurrency, m.measuredAt, false));
            }
            pilot.loadRequests = charter.requests();
            if (!charter.startDate().equals(pilot.startDate)) {
                pilot.startDate = charter.startDate();
                List<LocalDate> dates = WorkingDays.from(charter.startDate(), PilotDrafter.PILOT_DAYS, holidays());
                for (PilotDay day : pilot.days) {
                    day.date = dates.get(day.number - 1);
                }
            }
            for (PilotDay day : pilot.days) {
                if (day.number - 1 < charter.dayFocus().size()) {
                    day.focus = charter.dayFocus().get(day.number - 1);
                }
            }
            for (PilotMetric metric : pilot.metrics) {
                Targets t = charter.targets().get(metric.key);
                if (t != null) {
                    metric.baseline = t.baseline();
                    metric.minimum = t.minimum();
                    metric.target = t.target();
                }
            }
            pilot.risks.clear();
            // Flush the removals first so the new rows never collide with the old ones.
            Pilot.getEntityManager().flush();
            setRisks(pilot, charter.risks());
            return view(pilot);
        });
    }

    /**
     * Stores a measurement and, when it ran at the charter's concurrency N, fills the metrics measured
     * by load. A run at another concurrency is kept and shown, but answers another question than the
     * hypothesis ("at N concurrent requests"), so it leaves the figures and N as they are.
     */
    @Transactional
    public long recordRun(long id, LoadSpec spec, String endpoint, LoadResult r) {
        Pilot pilot = Pilot.findById(id);
        {
            PilotMeasurement m = new PilotMeasurement();
            m.pilot = pilot;
            m.endpoint = endpoint;
            m.method = spec.method();
            m.concurrency = r.concurrency();
            m.requested = r.requested();
            m.completed = r.completed();
            m.ok = r.ok();
            m.errors = r.errors();
            m.p50Ms = r.p50Ms();
            m.p95Ms = r.p95Ms();
            m.p99Ms = r.p99Ms();
            m.maxMs = r.maxMs();
            m.throughputRps = r.throughputRps();
            m.durationMs = r.durationMs();
            m.stoppedEarly = r.stoppedEarly();
            m.firstError = r.firstError();
            m.persist();
            if (r.concurrency() == pilot.loadConcurrency) {
                pilot.loadRequests = spec.requests(); // an off-N run does not rewrite the charter
            }
            // Without a single successful answer there is no latency to report.
            if (r.ok() > 0 && r.concurrency() == pilot.loadConcurrency) {
                fillLoadMetrics(pilot, r.p95Ms(), r.throughputRps(), r.concurrency(), m.measuredAt, true);
            }
            return m.id;
        }
    }

    /** @param overHandEntered whether a figure entered by hand (no measured concurrency) is replaced too */
    private static void fillLoadMetrics(Pilot pilot, double p95Ms, double throughputRps, int concurrency, Instant at,
                                        boolean overHandEntered) {
        for (PilotMetric metric : pilot.metrics) {
            if (!overHandEntered && metric.actual != null && metric.measuredConcurrency == null) {
                continue;
            }
            if (metric.source.equals("load-p95")) {
                metric.actual = p95Ms;
            } else if (metric.source.equals("load-throughput")) {
                metric.actual = throughputRps;
            } else {
                continue;
            }
            metric.measuredConcurrency = concurrency;
            metric.measuredAt = at;
        }
    }

    /**
     * Sets hand-entered figures by metric key; a null figure clears it. Each new figure is kept with
     * its date and author for the trend; an unchanged one is not entered again.
     */
    @Transactional
    public Optional<PilotView> recordFigures(long id, long userId, Map<String, Double> figures) {
        return Pilot.findForOwner(id, userId).map(pilot -> {
            Instant now = clock.now();
            for (PilotMetric metric : pilot.metrics) {
                if (figures.containsKey(metric.key)) {
                    Double figure = figures.get(metric.key);
                    if (figure != null && !(figure.equals(metric.actual) && metric.measuredConcurrency == null)) {
                        PilotFigure entered = new PilotFigure();
                        entered.metric = metric;
                        entered.figure = figure;
                        entered.enteredAt = now;
                        entered.author = pilot.owner.displayName;
                        entered.persist();
                    }
                    metric.actual = figure;
                    metric.measuredAt = metric.actual == null ? null : now;
                    // Entered by hand: whoever gives it vouches for the conditions.
                    metric.measuredConcurrency = null;
                }
            }
            return view(pilot);
        });
    }

    /**
     * Records the go / no-go outcome once and moves the pilot's decision (when the user owns it)
     * along its lifecycle to ACCEPTED or REJECTED, through {@link DecisionService#changeStatus}: only a
     * proposed decision may move, so a draft (mid-revision), decided or superseded one refuses the close.
     * Repeating the same outcome changes nothing, so a retried request is harmless.
     *
     * @throws CloseRefused when the pilot is already closed the other way, or the decision cannot move
     */
    @Transactional
    public Optional<PilotView> close(long id, long userId, boolean go, String reason) {
        Optional<Pilot> found = Pilot.findForOwner(id, userId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Pilot pilot = found.get();
        String outcome = go ? "GO" : "NO_GO";
        if (pilot.outcome != null) {
            if (pilot.outcome.equals(outcome)) {
                return Optional.of(view(pilot));
            }
            throw new CloseRefused("The pilot is already closed as " + outcomeWord(pilot.outcome)
                    + "; its outcome and the decision's status stand. " + outcomeWord(outcome) + " was not recorded.");
        }
        // Closing moves the decision's status only for someone who may edit it (its owner or a decision-maker).
        Decision decision = pilot.decisionId == null ? null : Decision.findForUse(pilot.decisionId, userId)
                .filter(d -> dev.gofit.decision.DecisionAccess.canEdit(d, userId)).orElse(null);
        DecisionStatus wanted = go ? DecisionStatus.ACCEPTED : DecisionStatus.REJECTED;
        // Already decided the same way (on its own page or through the API): the pilot agrees with it,
        // so only the pilot's outcome is recorded.
        boolean moves = decision != null && decision.status != wanted;
        if (moves && decision.status != DecisionStatus.PROPOSED) {
            // The decision's own rule refuses it (and changes nothing): say so before asking for a reason.
            decisions.changeStatus(decision, wanted, null).ifPresent(refusal -> {
                throw refusedBy(decision, refusal, outcome);
            });
        }
        List<String> needs = PilotRecommendation.reasonNeeded(view(pilot), go, clock.today());
        String why = reason == null ? "" : reason.strip();
        if (!needs.isEmpty() && why.isEmpty()) {
            throw new CloseRefused("A written reason is needed to close as " + outcomeWord(outcome) + ": "
                    + String.join("; ", needs) + ". " + outcomeWord(outcome) + " was not recorded.");
        }
        if (moves) {
            Optional<DecisionService.Refusal> refusal = decisions.changeStatus(decision, wanted, null);
            if (refusal.isPresent()) {
                throw refusedBy(decision, refusal.get(), outcome);
            }
        }
        pilot.outcome = outcome;
        pilot.closeReason = why.isEmpty() ? null : why;
        pilot.decidedAt = clock.now();
        return Optional.of(view(pilot));
    }

    private static CloseRefused refusedBy(Decision d, DecisionService.Refusal refusal, String outcome) {
        return new CloseRefused("The decision \u201c" + d.title + "\u201d is "
                + d.status.name().toLowerCase(java.util.Locale.ROOT) + ". " + refusal.message() + " "
                + outcomeWord(outcome) + " was not recorded"
                + (d.status == DecisionStatus.DRAFT ? ": complete the decision first." : "."));
    }

    /** Archives the owner's pilot (hidden, its API 404); false when there is none to archive. */
    @Transactional
    public boolean archive(long id, long userId) {
        return Pilot.findForOwner(id, userId).map(p -> {
            p.archivedAt = clock.now();
            return true;
        }).orElse(false);
    }

    /** Brings an archived pilot back; false when the user has no such pilot. */
    @Transactional
    public boolean restore(long id, long userId) {
        return Pilot.findAnyForOwner(id, userId).map(p -> {
            p.archivedAt = null;
            return true;
        }).orElse(false);
    }

    /** Sets (or, with null, stops) the daily measurement hour. */
    @Transactional
    public Optional<PilotView> schedule(long id, long userId, Integer hour) {
        return Pilot.findForOwner(id, userId).map(p -> {
            p.scheduleHour = hour;
            return view(p);
        });
    }

    /** The user's pilot's run, for its progress. */
    @Transactional
    public Optional<PilotRunView> run(long id, long userId, long runId) {
        return Pilot.findForOwner(id, userId).flatMap(p -> PilotRun.findForPilot(id, runId)).map(PilotRunView::of);
    }

    /** The pilot's latest runs, newest first. */
    @Transactional
    public List<PilotRunView> recentRuns(long id, long userId, int max) {
        return Pilot.findForOwner(id, userId).map(p -> PilotRun.recent(id, max).stream().map(PilotRunView::of).toList())
                .orElse(List.of());
    }

    private static String outcomeWord(String outcome) {
        return "GO".equals(outcome) ? "Go" : "No-go";
    }

    /** The pilot's decision title, when it is in the shared decision log. */
    @Transactional
    public Optional<String> decisionTitle(long decisionId, long userId) {
        return Decision.findForUse(decisionId, userId).map(d -> d.title);
    }

    @Transactional
    public Optional<PilotView> latestForDecision(long decisionId) {
        return Pilot.latestForDecision(decisionId).map(this::view);
    }

    PilotView view(Pilot pilot) {
        int n = pilot.loadConcurrency;
        long pilotId = pilot.id == null ? -1 : pilot.id;
        List<PilotMeasurement> atN = PilotMeasurement.list(
                "pilot.id = ?1 and concurrency = ?2 and ok > 0 order by measuredAt, id", pilotId, n);
        Map<Long, List<PilotFigure>> entered = PilotFigure.forPilot(pilotId).stream()
                .collect(java.util.stream.Collectors.groupingBy(f -> f.metric.id));
        List<PilotView.Metric> metrics = pilot.metrics.stream().map(m -> new PilotView.Metric(m.key,
                PilotView.Metric.named(m.name, n), m.category,
                m.unit, m.better, m.source, m.howMeasured, m.baseline, m.minimum, m.target, m.actual, m.outcome(n),
                m.measuredConcurrency, m.origin, runs(m, atN, entered.getOrDefault(m.id, List.of())))).toList();
        PilotView.Measurement latest = PilotMeasurement.latest(pilotId)
                .map(m -> new PilotView.Measurement(m.endpoint, m.method, m.concurrency, m.requested, m.completed, m.ok,
                        m.errors, m.p50Ms, m.p95Ms, m.p99Ms, m.maxMs, m.throughputRps, m.durationMs, m.stoppedEarly,
                        m.firstError, m.measuredAt, m.concurrency == n, PilotView.Measurement.note(m.concurrency, n)))
                .orElse(null);
        Decision decision = pilot.decisionId == null ? null : Decision.findForUse(pilot.decisionId, pilot.owner.id).orElse(null);
        List<PilotView.Day> days = pilot.days.stream()
                .map(d -> new PilotView.Day(d.number, d.date, d.week, d.kind, d.focus)).toList();
        PilotRecommendation.Reading reading = PilotRecommendation.read(metrics, n);
        List<String> options = new java.util.ArrayList<>();
        String blocked = null;
        if (pilot.outcome == null) {
            if (decision == null || decision.status == DecisionStatus.PROPOSED) {
                options.addAll(List.of("GO", "NO_GO"));
            } else if (decision.status == DecisionStatus.ACCEPTED) {
                options.add("GO");
                blocked = "The decision is already accepted, so only Go can be recorded.";
            } else if (decision.status == DecisionStatus.REJECTED) {
                options.add("NO_GO");
                blocked = "The decision is already rejected, so only No-go can be recorded.";
            } else {
                blocked = "The decision \u201c" + decision.title + "\u201d is "
                        + decision.status.name().toLowerCase(java.util.Locale.ROOT)
                        + ": only a proposed decision can be accepted or rejected"
                        + (decision.status == DecisionStatus.DRAFT ? ", so complete the decision first." : ", so the pilot cannot be closed.");
            }
        }
        return new PilotView(pilot.id, pilot.decisionId, decision == null ? null : decision.title, pilot.service,
                pilot.pilotOwner, pilot.team,
                pilot.startDate, days.isEmpty() ? pilot.startDate : days.get(days.size() - 1).date(), pilot.hypothesis,
                List.copyOf(pilot.scopeIn), List.copyOf(pilot.scopeOut), days, metrics,
                pilot.risks.stream().map(r -> new PilotView.Risk(r.risk, r.mitigation)).toList(),
                List.copyOf(pilot.criteria), pilot.loadConcurrency, pilot.loadRequests, pilot.endpoint,
                pilot.httpMethod == null ? "GET" : pilot.httpMethod, pilot.requestBody, pilot.outcome, latest,
                reading.recommendation(), reading.reasons(), pilot.closeReason, pilot.concurrencyOrigin,
                pilot.scheduleHour, pilot.archivedAt, List.copyOf(options), blocked, clock.today(), pilot.updatedAt);
    }

    /** A metric's figures over the days: load runs at the charter's N for load metrics, and those entered by hand. */
    private static List<PilotView.Run> runs(PilotMetric m, List<PilotMeasurement> atN, List<PilotFigure> entered) {
        List<PilotView.Run> runs = new java.util.ArrayList<>();
        if (m.source.equals("load-p95") || m.source.equals("load-throughput")) {
            for (PilotMeasurement r : atN) {
                runs.add(new PilotView.Run(r.measuredAt, m.source.equals("load-p95") ? r.p95Ms : r.throughputRps,
                        PilotView.Run.MEASURED, null));
            }
        }
        for (PilotFigure f : entered) {
            runs.add(new PilotView.Run(f.enteredAt, f.figure, PilotView.Run.MANUAL, f.author));
        }
        runs.sort(java.util.Comparator.comparing(PilotView.Run::at));
        return List.copyOf(runs);
    }

    private static void setDays(Pilot pilot, List<PilotDraft.Day> days) {
        for (PilotDraft.Day d : days) {
            PilotDay day = new PilotDay();
            day.pilot = pilot;
            day.number = d.number();
            day.date = d.date();
            day.week = d.week();
            day.kind = d.kind();
            day.focus = d.focus();
            pilot.days.add(day);
        }
    }

    private static void setRisks(Pilot pilot, List<PilotDraft.Risk> risks) {
        int position = 0;
        for (PilotDraft.Risk r : risks) {
            PilotRisk risk = new PilotRisk();
            risk.pilot = pilot;
            risk.position = position++;
            risk.risk = r.risk();
            risk.mitigation = r.mitigation();
            pilot.risks.add(risk);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
