package dev.gofit.decision;

import dev.gofit.account.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The decision use cases that change state: create, revise (keeping the old revision), change
 * status along the lifecycle, save weights. Callers have already checked ownership.
 */
@ApplicationScoped
public class DecisionService {

    /** How long a run of weight edits counts as one change in the history. */
    static final Duration WEIGHT_EDIT_BURST = Duration.ofMinutes(2);

    private final DecisionEvaluator evaluator;

    public DecisionService(DecisionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** One of the owner's decisions; someone else's is "not found", never "forbidden". */
    public Decision owned(long id, long ownerId) {
        return Decision.findForOwner(id, ownerId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    /** Archives one of the owner's decisions: it leaves the lists, the shared log and the exports until restored. */
    @Transactional
    public void archive(long id, long ownerId) {
        owned(id, ownerId).archivedAt = Instant.now();
    }

    /** Undoes {@link #archive}; only for the owner. */
    @Transactional
    public Decision restore(long id, long ownerId) {
        Decision d = Decision.findArchivedForOwner(id, ownerId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        d.archivedAt = null;
        return d;
    }

    /** Creates a complete decision (status proposed) from an API request. */
    @Transactional
    public Decision create(long ownerId, DecisionRequest request) {
        Decision d = new Decision();
        d.owner = User.findById(ownerId);
        d.title = request.title().strip();
        d.description = blankToNull(request.description());
        d.teamContext = blankToNull(request.teamContext());
        request.answerMap().forEach(d::answer);
        request.notes().forEach(d::note);
        d.options = request.options() == null ? null : goFirst(request.options());
        d.context = request.context() == null || request.context().isEmpty() ? null : request.context();
        if (!request.weights().isEmpty()) {
            Map<String, Integer> weights = evaluator.defaultWeights(d);
            weights.putAll(request.weights());
            d.weights = weights;
        }
        d.status = DecisionStatus.PROPOSED;
        pin(d);
        if (request.people() != null) {
            name(d, request.people());
        }
        d.persist();
        return d;
    }

    /** Names the decision's people (MADR 4); the owner is always a decision-maker and is not listed twice. */
    @Transactional
    public void name(Decision d, PeopleRequest people) {
        d.decisionMakers = distinctWithout(people.decisionMakers(), d.owner.id);
        d.consulted = distinctWithout(people.consulted(), d.owner.id);
        d.informed = distinctWithout(people.informed(), d.owner.id);
    }

    private static List<Long> distinctWithout(List<Long> ids, Long owner) {
        List<Long> kept = ids.stream().filter(id -> !id.equals(owner)).distinct().toList();
        return kept.isEmpty() ? null : kept;
    }

    /** Starts a draft from the wizard's first step. */
    @Transactional
    public Decision start(long ownerId, DecisionForms.About about) {
        Decision d = new Decision();
        d.owner = User.findById(ownerId);
        describe(d, about);
        d.persist();
        return d;
    }

    /** The wizard's first step, again. */
    @Transactional
    public void describe(Decision d, DecisionForms.About about) {
        d.title = about.title();
        d.description = blankToNull(about.description());
        d.teamContext = blankToNull(about.teamContext());
        d.context = about.context();
    }

    /** The options to compare, go first. */
    @Transactional
    public void compare(Decision d, List<String> options) {
        List<String> known = evaluator.contentOf(d).languageKeys();
        if (!known.containsAll(options)) {
            // The decision is evaluated with the content it was pinned to: re-evaluate it to compare newer languages.
            throw dev.gofit.system.ProblemException.badRequest("option", "must be one of " + String.join(", ", known));
        }
        d.options = goFirst(options).equals(Decision.DEFAULT_OPTIONS) ? null : goFirst(options);
    }

    /** One question step: the answer (when given) and the evidence note. */
    @Transactional
    public void answer(Decision d, String key, DecisionForms.Question form) {
        if (form.value() != null) {
            d.answer(key, form.value());
        }
        d.note(key, form.note());
    }

    /** The options in the order the chart and the ADR show them: go first, then as given. */
    static List<String> goFirst(List<String> options) {
        List<String> ordered = new java.util.ArrayList<>(List.of("go"));
        options.stream().filter(o -> !o.equals("go")).forEach(ordered::add);
        return ordered;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Opens a finished decision for editing: its current state is kept as revision N, the
     * decision becomes revision N+1 and goes back to draft until the wizard is completed again.
     */
    @Transactional
    public void revise(Decision d) {
        if (d.status == DecisionStatus.SUPERSEDED) {
            throw new IllegalStateException("a superseded decision cannot be revised");
        }
        if (d.status == DecisionStatus.DRAFT) {
            return;
        }
        keepRevision(d);
        d.status = DecisionStatus.DRAFT;
    }

    /** Keeps the current revision in the history and starts the next one. */
    private void keepRevision(Decision d) {
        DecisionRevision old = new DecisionRevision();
        old.decisionId = d.id;
        old.revision = d.revision;
        old.snapshot = snapshot(d);
        old.persist();
        d.revision++;
    }

    /** The wizard is complete: a draft becomes proposed. */
    @Transactional
    public void complete(Decision d) {
        if (d.status == DecisionStatus.DRAFT) {
            d.status = DecisionStatus.PROPOSED;
        }
        if (d.evaluatedWith == null) {
            pin(d);
        }
    }

    /** Pins the decision to today's matrix content: from now on it is evaluated with these ratings and notes. */
    private void pin(Decision d) {
        d.evaluatedWith = evaluator.currentContent();
        d.contentVersion = evaluator.contentVersion();
    }

    /**
     * Re-evaluates a decision with today's content as a new revision: the current one is kept in the history (with
     * the scores it had), the decision is pinned to today's content and, if it was decided, is proposed again so the
     * deciders accept the new ranking (or another option) knowingly. A superseded decision is history and stays.
     */
    @Transactional
    public Optional<Refusal> reevaluate(Decision d) {
        if (d.status == DecisionStatus.SUPERSEDED) {
            return refuse("status", "A superseded decision is history: start a new decision instead.");
        }
        if (d.status == DecisionStatus.DRAFT) {
            return refuse("status", "Finish the wizard first: a draft follows today's content.");
        }
        keepRevision(d);
        d.status = DecisionStatus.PROPOSED;
        d.chosenOption = null;
        d.rationale = null;
        pin(d);
        return Optional.empty();
    }

    /** Why a status change was refused, and which input ({@code status} or {@code supersededBy}) it is about. */
    public record Refusal(String field, String message) {
    }

    /**
     * Moves along the lifecycle: proposed → accepted / rejected; accepted or rejected → superseded by
     * another of the owner's decisions that is neither a draft nor superseded itself, and whose own
     * superseded-by chain does not lead back here. Returns the refusal when the move is not allowed.
     */
    @Transactional
    public Optional<Refusal> changeStatus(Decision d, DecisionStatus to, Long supersededById) {
        return changeStatus(d, to, supersededById, null, null);
    }

    /**
     * As {@link #changeStatus(Decision, DecisionStatus, Long)}; accepting records the chosen option (default the
     * top of the ranking; it must be one of the decision's options) and the deciders' rationale.
     */
    @Transactional
    public Optional<Refusal> changeStatus(Decision d, DecisionStatus to, Long supersededById, String chosenOption,
                                          String rationale) {
        switch (to) {
            case ACCEPTED, REJECTED -> {
                if (d.status != DecisionStatus.PROPOSED) {
                    return refuse("status", "Only a proposed decision can be accepted or rejected.");
                }
                if (to == DecisionStatus.ACCEPTED) {
                    if (chosenOption != null && !d.optionKeys().contains(chosenOption)) {
                        return refuse("chosenOption", "must be one of the decision's options: " + String.join(", ", d.optionKeys()));
                    }
                    d.chosenOption = chosenOption != null ? chosenOption : evaluator.evaluate(d).matrix().first();
                    d.rationale = blankToNull(rationale);
                }
                d.status = to;
            }
            case SUPERSEDED -> {
                if (d.status != DecisionStatus.ACCEPTED && d.status != DecisionStatus.REJECTED) {
                    return refuse("status", "Only an accepted or rejected decision can be superseded.");
                }
                if (supersededById == null) {
                    return refuse("supersededBy", "Choose the decision that supersedes this one.");
                }
                Optional<Decision> by = Decision.findForOwner(supersededById, d.owner.id);
                if (by.isEmpty() || by.get().id.equals(d.id) || by.get().status == DecisionStatus.DRAFT) {
                    return refuse("supersededBy", "Choose another of your decisions that is not a draft.");
                }
                Optional<String> unfit = unfitSuccessor(d, by.get());
                if (unfit.isPresent()) {
                    return refuse("supersededBy", unfit.get());
                }
                d.status = DecisionStatus.SUPERSEDED;
                d.supersededById = supersededById;
            }
            default -> {
                return refuse("status", "That status cannot be set by hand.");
            }
        }
        return Optional.empty();
    }

    /** The owner's decisions that may supersede {@code d}, as the page offers them. */
    public List<Decision> successorChoices(Decision d) {
        return Decision.listForOwner(d.owner.id).stream()
                .filter(o -> !o.id.equals(d.id) && o.status != DecisionStatus.DRAFT && unfitSuccessor(d, o).isEmpty())
                .toList();
    }

    /**
     * Why {@code by} cannot supersede {@code d}: it is history itself, or following what superseded it
     * leads back to {@code d} (which would make each the other's successor).
     */
    private static Optional<String> unfitSuccessor(Decision d, Decision by) {
        if (by.status == DecisionStatus.SUPERSEDED) {
            return Optional.of("“" + by.title + "” is superseded itself: choose a decision that is still current.");
        }
        Set<Long> seen = new HashSet<>();
        for (Decision next = by; next != null && seen.add(next.id); ) {
            if (next.id.equals(d.id)) {
                return Optional.of("“" + by.title + "” leads back to this decision through what superseded it.");
            }
            next = next.supersededById == null ? null : Decision.findById(next.supersededById);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String field, String message) {
        return Optional.of(new Refusal(field, message));
    }

    /** The weights in effect (a fresh map the caller may change). */
    public Map<String, Integer> weights(Decision d) {
        return evaluator.weights(d);
    }

    /** Saves weights (null resets to the defaults the answers give) and logs what moved for the history. */
    @Transactional
    public void saveWeights(Decision d, Map<String, Integer> weights) {
        Map<String, Integer> before = evaluator.weights(d);
        d.weights = weights == null ? null : new LinkedHashMap<>(weights);
        logWeightChange(d, before, evaluator.weights(d));
    }

    /** One weight moved. */
    public record WeightStep(int from, int to) {
    }

    /** A logged weight change: the revision it was made in, when, and the criteria that moved (content order). */
    public record WeightChange(int revision, Instant changedAt, Map<String, WeightStep> steps) {
    }

    /** The weight changes of a decision, newest first. */
    public List<WeightChange> weightChanges(Decision d) {
        return DecisionWeightChange.listFor(d.id).stream()
                .map(c -> new WeightChange(c.revision, c.changedAt, c.changes)).toList();
    }

    /**
     * Weights are edited in place, and the page saves each field as it changes: edits within
     * {@link #WEIGHT_EDIT_BURST} of the last logged one merge into it (from before the burst to now),
     * and a burst that ends where it started leaves no entry.
     */
    private void logWeightChange(Decision d, Map<String, Integer> before, Map<String, Integer> after) {
        Instant now = Instant.now();
        Optional<DecisionWeightChange> last = DecisionWeightChange.latestFor(d.id)
                .filter(c -> c.revision == d.revision && c.changedAt.isAfter(now.minus(WEIGHT_EDIT_BURST)));
        Map<String, WeightStep> earlier = last.map(c -> c.changes).orElse(Map.of());
        Map<String, WeightStep> steps = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : after.entrySet()) {
            int from = earlier.containsKey(e.getKey()) ? earlier.get(e.getKey()).from() : before.getOrDefault(e.getKey(), 0);
            if (from != e.getValue()) {
                steps.put(e.getKey(), new WeightStep(from, e.getValue()));
            }
        }
        if (last.isPresent() && steps.isEmpty()) {
            last.get().delete();
        } else if (last.isPresent()) {
            last.get().changes = steps;
            last.get().changedAt = now;
        } else if (!steps.isEmpty()) {
            DecisionWeightChange change = new DecisionWeightChange();
            change.decisionId = d.id;
            change.revision = d.revision;
            change.changes = steps;
            change.changedAt = now;
            change.persist();
        }
    }

    public DecisionSnapshot snapshot(Decision d) {
        DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
        Map<String, Boolean> answers = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (String key : Answers.QUESTION_KEYS) {
            answers.put(key, d.answers().get(key));
            notes.put(key, d.note(key));
        }
        for (String key : Answers.CAUTION_KEYS) {
            answers.put(key, d.answers().get(key));
        }
        return new DecisionSnapshot(d.revision, d.title, d.description, d.teamContext, d.status, answers, notes,
                e.matrix().weights(), e.verdict(), e.matrix().scores().ranking(), d.updatedAt, e.options(),
                e.matrix().scores().scores(), d.contentVersion, d.chosenOption, d.rationale);
    }

    /** The earlier revisions, newest first. */
    public List<DecisionSnapshot> history(Decision d) {
        return DecisionRevision.listFor(d.id).stream().map(r -> r.snapshot).toList();
    }
}
