package dev.gofit.decision;

import dev.gofit.account.Role;
import dev.gofit.account.User;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared decision log, like an ADR repository: every staff member's current decisions, searched and filtered
 * the same way for the log page and {@code GET /api/decisions?scope=all}; and the staff a decision's people are
 * picked from.
 */
@ApplicationScoped
public class DecisionLog {

    /** A staff member as the log and a decision's people show them. */
    public record Person(long id, String name, String email) {
        public static Person of(User u) {
            return new Person(u.id, u.displayName, u.email);
        }
    }

    /** A decision's people: its owner and the MADR 4 decision-makers, consulted and informed. */
    public record People(Person owner, List<Person> decisionMakers, List<Person> consulted, List<Person> informed) {
    }

    /** A row of the log page. */
    public record Row(long id, String title, String owner, DecisionStatus status, Verdict verdict, String chosen,
                      String deciders, String updated, int revision, boolean canEdit) {
        public boolean draft() {
            return status == DecisionStatus.DRAFT;
        }
    }

    private final DecisionEvaluator evaluator;

    public DecisionLog(DecisionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** A decision as the JSON API answers it, for this viewer ({@code canEdit}). */
    public DecisionJson json(Decision d, Long viewerId) {
        return DecisionJson.of(d, evaluator.evaluate(d), evaluator.contentChanged(d), peopleOf(d),
                DecisionAccess.canEdit(d, viewerId));
    }

    /** The log's decisions that match, most recently updated first. */
    public List<Decision> search(LogQuery query) {
        LogQuery q = query == null ? LogQuery.all() : query;
        return Decision.listLog().stream().filter(q::matches).toList();
    }

    public List<Row> rows(LogQuery query, Long viewerId) {
        return search(query).stream().map(d -> new Row(d.id, d.title, d.owner.displayName, d.status, d.verdict(),
                d.chosenOption == null ? null : evaluator.contentOf(d).languageName(d.chosenOption),
                String.join(", ", deciders(d).stream().map(Person::name).toList()),
                DecisionResultView.DAY.format(d.updatedAt), d.revision, DecisionAccess.canEdit(d, viewerId))).toList();
    }

    public People peopleOf(Decision d) {
        return new People(Person.of(d.owner), people(d.decisionMakerIds()), people(d.consultedIds()), people(d.informedIds()));
    }

    /** The owner first, then the named decision-makers. */
    public List<Person> deciders(Decision d) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(d.owner.id);
        ids.addAll(d.decisionMakerIds());
        return people(List.copyOf(ids));
    }

    /** Staff users by id, in the order given (unknown ids are left out). */
    public List<Person> people(List<Long> ids) {
        return ids.stream().map(id -> User.<User>findById(id)).filter(u -> u != null).map(Person::of).toList();
    }

    /** Everyone who decides at least one decision of the log: the decider filter's choices. */
    public List<Person> allDeciders() {
        Set<Long> ids = new LinkedHashSet<>();
        Decision.listLog().forEach(d -> {
            ids.add(d.owner.id);
            ids.addAll(d.decisionMakerIds());
        });
        return people(List.copyOf(ids)).stream().sorted(Comparator.comparing(Person::name)).toList();
    }

    /** The chosen options that occur in the log (key and name), for the filter. */
    public List<DecisionResultView.OptionChoice> chosenOptions(String selected) {
        return Decision.listLog().stream().filter(d -> d.chosenOption != null)
                .map(d -> d.chosenOption).distinct().sorted()
                .map(k -> new DecisionResultView.OptionChoice(k, evaluator.currentContent().languageName(k), k.equals(selected)))
                .toList();
    }

    /** Staff who may be a decision's people: enabled leaders, admins and hiring managers. */
    public static List<User> staff() {
        return User.listByEmail().stream().filter(u -> u.enabled)
                .filter(u -> u.hasRole(Role.LEADER) || u.hasRole(Role.ADMIN) || u.hasRole(Role.HIRING_MANAGER)).toList();
    }

    /** Staff who may be decision-makers: they edit the decision, so they reach the decision pages (leaders, admins). */
    public static boolean mayDecide(User u) {
        return u.enabled && (u.hasRole(Role.LEADER) || u.hasRole(Role.ADMIN));
    }
}
