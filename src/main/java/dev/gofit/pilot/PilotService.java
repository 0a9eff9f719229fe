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

    public PilotService(PilotContent content, PilotConfig config, DecisionService decisions) {
        this.content = content;
        this.config = config;
        this.decisions = decisions;
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

    /** Drafts and stores a pilot; the decision, when given, must be the user's (else empty). */
    @Transactional
    public Optional<PilotView> create(long userId, Scope scope) {
        Answers answers = null;
        if (scope.decisionId() != null) {
            Optional<Decision> decision = Decision.findForOwner(scope.decisionId(), userId);
            if (decision.isEmpty()) {
                return Optional.empty();
            }
            answers = decision.get().answers();
        }
        PilotDraft draft = content.drafter().draft(scope.service(), scope.startDate(), answers, holidays());
        Pilot pilot = new Pilot();
        pilot.owner = User.findById(userId);
        pilot.decisionId = scope.decisionId();
        pilot.service = scope.service();
        pilot.pilotOwner = blankToNull(scope.owner());
        pilot.team = blankToNull(scope.team());
        pilot.startDate = scope.startDate();
        pilot.hypothesis = draft.hypothesis();
        pilot.scopeIn = Pilot.joinLines(draft.scopeIn());
        pilot.scopeOut = Pilot.joinLines(draft.scopeOut());
        pilot.criteria = Pilot.joinLines(draft.criteria());
        pilot.loadConcurrency = Math.min(draft.concurrency(), config.measure().maxConcurrency());
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
            pilot.scopeIn = Pilot.joinLines(charter.scopeIn());
            pilot.scopeOut = Pilot.joinLines(charter.scopeOut());
            pilot.criteria = Pilot.joinLines(charter.criteria());
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
            pilot.updatedAt = Instant.now();
            return view(pilot);
        });
    }

    /** Replaces the baseline / minimum / target of the named metrics. */
    @Transactional
    public Optional<PilotView> updateTargets(long id, long userId, Map<String, Targets> targets) {
        return Pilot.findForOwner(id, userId).map(pilot -> {
            for (PilotMetric metric : pilot.metrics) {
                Targets t = targets.get(metric.key);
                if (t != null) {
                    metric.baseline = t.baseline();
                    metric.minimum = t.minimum();
                    metric.target = t.target();
                }
            }
            pilot.updatedAt = Instant.now();
            return view(pilot);
        });
    }

    @Transactional
    public void delete(long id, long userId) {
        Pilot.findForOwner(id, userId).ifPresent(Pilot::delete);
    }

    /**
     * Stores a measurement and, when it ran at the charter's concurrency N, fills the metrics measured
     * by load. A run at another concurrency is kept and shown, but answers another question than the
     * hypothesis ("at N concurrent requests"), so it leaves the figures and N as they are.
     */
    @Transactional
    public Optional<PilotView> recordMeasurement(long id, long userId, LoadSpec spec, String endpoint, LoadResult r) {
        return Pilot.findForOwner(id, userId).map(pilot -> {
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
            pilot.endpoint = endpoint;
            pilot.httpMethod = spec.method();
            pilot.requestBody = spec.body();
            if (r.concurrency() == pilot.loadConcurrency) {
                pilot.loadRequests = spec.requests(); // an off-N run does not rewrite the charter
            }
            // Without a single successful answer there is no latency to report.
            if (r.ok() > 0 && r.concurrency() == pilot.loadConcurrency) {
                fillLoadMetrics(pilot, r.p95Ms(), r.throughputRps(), r.concurrency(), m.measuredAt, true);
            }
            pilot.updatedAt = Instant.now();
            return view(pilot);
        });
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

    /** Sets hand-entered figures by metric key; a null figure clears it. */
    @Transactional
    public Optional<PilotView> recordFigures(long id, long userId, Map<String, Double> figures) {
        return Pilot.findForOwner(id, userId).map(pilot -> {
            Instant now = Instant.now();
            for (PilotMetric metric : pilot.metrics) {
                if (figures.containsKey(metric.key)) {
                    metric.actual = figures.get(metric.key);
                    metric.measuredAt = metric.actual == null ? null : now;
                    // Entered by hand: whoever gives it vouches for the conditions.
                    metric.measuredConcurrency = null;
                }
            }
            pilot.updatedAt = now;
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
    public Optional<PilotView> close(long id, long userId, boolean go) {
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
        if (pilot.decisionId != null) {
            Optional<Decision> decision = Decision.findForOwner(pilot.decisionId, userId);
            if (decision.isPresent()) {
                Decision d = decision.get();
                DecisionStatus was = d.status;
                DecisionStatus wanted = go ? DecisionStatus.ACCEPTED : DecisionStatus.REJECTED;
                // Already decided the same way (on its own page or through the API): the pilot agrees with
                // it, so only the pilot's outcome is recorded.
                Optional<DecisionService.Refusal> refusal = was == wanted ? Optional.empty()
                        : decisions.changeStatus(d, wanted, null);
                if (refusal.isPresent()) {
                    throw new CloseRefused("The decision \u201c" + d.title + "\u201d is "
                            + was.name().toLowerCase(java.util.Locale.ROOT) + ". " + refusal.get().message() + " "
                            + outcomeWord(outcome) + " was not recorded"
                            + (was == DecisionStatus.DRAFT ? ": complete the decision first." : "."));
                }
            }
        }
        pilot.outcome = outcome;
        pilot.decidedAt = Instant.now();
        pilot.updatedAt = pilot.decidedAt;
        return Optional.of(view(pilot));
    }

    private static String outcomeWord(String outcome) {
        return "GO".equals(outcome) ? "Go" : "No-go";
    }

    /** The pilot's decision title, when the user owns it. */
    @Transactional
    public Optional<String> decisionTitle(long decisionId, long userId) {
        return Decision.findForOwner(decisionId, userId).map(d -> d.title);
    }

    @Transactional
    public Optional<PilotView> latestForDecision(long decisionId) {
        return Pilot.latestForDecision(decisionId).map(this::view);
    }

    PilotView view(Pilot pilot) {
        int n = pilot.loadConcurrency;
        List<PilotView.Metric> metrics = pilot.metrics.stream().map(m -> new PilotView.Metric(m.key,
                PilotView.Metric.named(m.name, n), m.category,
                m.unit, m.better, m.source, m.howMeasured, m.baseline, m.minimum, m.target, m.actual, m.outcome(n),
                m.measuredConcurrency)).toList();
        PilotView.Measurement latest = PilotMeasurement.latest(pilot.id == null ? -1 : pilot.id)
                .map(m -> new PilotView.Measurement(m.endpoint, m.method, m.concurrency, m.requested, m.completed, m.ok,
                        m.errors, m.p50Ms, m.p95Ms, m.p99Ms, m.maxMs, m.throughputRps, m.durationMs, m.stoppedEarly,
                        m.firstError, m.measuredAt, m.concurrency == n, PilotView.Measurement.note(m.concurrency, n)))
                .orElse(null);
        String decisionTitle = pilot.decisionId == null ? null
                : Decision.findForOwner(pilot.decisionId, pilot.owner.id).map(d -> d.title).orElse(null);
        List<PilotView.Day> days = pilot.days.stream()
                .map(d -> new PilotView.Day(d.number, d.date, d.week, d.kind, d.focus)).toList();
        return new PilotView(pilot.id, pilot.decisionId, decisionTitle, pilot.service, pilot.pilotOwner, pilot.team,
                pilot.startDate, days.isEmpty() ? pilot.startDate : days.get(days.size() - 1).date(), pilot.hypothesis,
                Pilot.lines(pilot.scopeIn), Pilot.lines(pilot.scopeOut), days, metrics,
                pilot.risks.stream().map(r -> new PilotView.Risk(r.risk, r.mitigation)).toList(),
                Pilot.lines(pilot.criteria), pilot.loadConcurrency, pilot.loadRequests, pilot.endpoint,
                pilot.httpMethod == null ? "GET" : pilot.httpMethod, pilot.requestBody, pilot.outcome, latest,
                PilotView.recommend(metrics), pilot.updatedAt);
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
