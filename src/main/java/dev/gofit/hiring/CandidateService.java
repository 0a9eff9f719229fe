package dev.gofit.hiring;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.User;
import dev.gofit.system.Problem.FieldError;
import dev.gofit.system.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Candidates and their scorecards: validation, recording (one per stage and interviewer) and the summary. */
@ApplicationScoped
public class CandidateService {

    /** A candidate as the JSON API shows it. */
    public record CandidateJson(long id, long checklistId, String name, String email, String inviteLink,
                                ScorecardSummary summary) {
    }

    private final ChecklistService checklists;
    private final TakeHomeResults takeHomeResults;
    private final CurrentUser currentUser;
    private final Validator validator;

    public CandidateService(ChecklistService checklists, TakeHomeResults takeHomeResults, CurrentUser currentUser,
                            Validator validator) {
        this.checklists = checklists;
        this.takeHomeResults = takeHomeResults;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** The Bean Validation messages of a candidate form, by field (empty when valid). */
    public Map<String, String> check(CandidateRequest request) {
        return Violations.byField(validator.validate(request));
    }

    /**
     * Every problem with a scorecard: the record's own constraints, then the checklist's rules (the stage must be
     * one of the checklist's, each skill of that stage rated, no skill the checklist lacks).
     */
    public List<FieldError> validate(Candidate candidate, ScorecardRequest input) {
        return validate(candidate, input, false);
    }

    /** As above; an interviewer's {@code own} scorecard carries their account, so it names no interviewer. */
    public List<FieldError> validate(Candidate candidate, ScorecardRequest input, boolean own) {
        List<FieldError> errors = new ArrayList<>(Violations.errors(validator.validate(input)));
        Checklist checklist = candidate.checklist;
        if (input.stage() == null || !checklist.hasStage(input.stage())) {
            return List.of(new FieldError("stage", "This checklist has no stage '" + input.stage() + "'; choose one of "
                    + String.join(", ", checklist.stages.stream().map(s -> s.stageKey).toList()) + "."));
        }
        if (!own && (input.interviewer() == null || input.interviewer().isBlank())) {
            errors.add(new FieldError("interviewer", "Name the interviewer (up to 120 characters)."));
        }
        Map<String, Integer> ratings = input.ratingsOrEmpty();
        for (ChecklistSkill skill : checklist.skillsIn(input.stage())) {
            if (!ratings.containsKey(skill.skillKey)) {
                errors.add(new FieldError("ratings." + skill.skillKey, "Rate " + skill.label + " from 1 to 4 (there is no middle)."));
            }
        }
        for (String key : ratings.keySet()) {
            if (checklist.skill(key) == null) {
                errors.add(new FieldError("ratings." + key, "This checklist has no skill '" + key + "'."));
            }
        }
        return errors;
    }

    /** Adds a valid candidate to a checklist the current user may see. */
    @Transactional
    public Candidate create(long checklistId, CandidateRequest request) {
        Candidate candidate = new Candidate();
        candidate.checklist = checklists.require(checklistId);
        candidate.name = request.name().trim();
        candidate.email = User.normalizeEmail(request.email());
        candidate.persist();
        return candidate;
    }

    /** Archives a candidate of a visible checklist (it leaves lists; scorecards stay). Returns its checklist id. */
    @Transactional
    public long archive(long id) {
        Candidate candidate = checklists.requireCandidate(id);
        candidate.archivedAt = java.time.Instant.now();
        return candidate.checklist.id;
    }

    /** Undoes {@link #archive}. */
    @Transactional
    public Candidate restore(long id) {
        Candidate candidate = Candidate.findVisibleAny(id, checklists.viewer())
                .orElseThrow(() -> dev.gofit.system.ProblemException.notFound("Candidate " + id));
        candidate.archivedAt = null;
        return candidate;
    }

    public HiringContent content() {
        return checklists.content();
    }

    /** The candidate as JSON for a viewer: an interviewer gets the code and no e-mail (nor invite link) while anonymous. */
    public CandidateJson json(Candidate c, boolean manager) {
        boolean hidden = !manager && c.anonymous();
        return new CandidateJson(c.id, c.checklist.id, c.nameFor(manager), c.emailFor(manager), hidden ? null : inviteLink(c),
                summary(c));
    }

    /** Shows the candidate's name and e-mail to the interviewers of an anonymised checklist from now on. */
    @Transactional
    public void reveal(long id) {
        Candidate candidate = Candidate.findById(id);
        if (candidate.revealedAt == null) {
            candidate.revealedAt = java.time.Instant.now();
        }
    }

    /** A recorded scorecard and whether it replaced an earlier version (kept as a revision). */
    public record Recorded(Scorecard card, boolean amended) {
    }

    /** Records a valid scorecard, replacing the one the same interviewer gave for the same stage. */
    @Transactional
    public Scorecard record(long candidateId, ScorecardRequest input) {
        return record(checklists.requireCandidate(candidateId), input, false).card();
    }

    /**
     * Records a valid scorecard. An {@code own} one belongs to the caller's account; otherwise a hiring manager
     * records it for the named interviewer. A scorecard an interviewer submitted is amended only by its author;
     * the version it replaces is kept.
     */
    @Transactional
    public Recorded record(Candidate candidate, ScorecardRequest input, boolean own) {
        candidate = Candidate.findById(candidate.id);
        User me = currentUser.user();
        Scorecard card;
        if (own) {
            card = Scorecard.findOwn(candidate, input.stage(), me.id).orElse(null);
        } else {
            card = Scorecard.find(candidate, input.stage(), input.interviewer().trim()).orElse(null);
            if (card != null && card.author != null && !card.author.id.equals(me.id)) {
                throw InterviewService.forbidden("Only " + card.author.displayName
                        + " can amend the scorecard they submitted; ask them to change it.");
            }
        }
        boolean amended = card != null;
        if (amended) {
            ScorecardRevision.of(card, me).persist();
        } else {
            card = new Scorecard();
            card.candidate = candidate;
            card.stageKey = input.stage();
            // The first spelling of the name stays: "ana" later replaces Ana's scorecard, not her name.
            card.interviewer = own ? ownName(candidate, input.stage(), me) : input.interviewer().trim();
            card.author = own ? me : null;
        }
        card.recordedBy = me;
        card.overall = input.overallValue();
        card.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
        Map<String, Integer> ratings = new HashMap<>();
        // Only the skills the stage covers are kept: a rating elsewhere is not evidence from this stage.
        for (ChecklistSkill skill : candidate.checklist.skillsIn(input.stage())) {
            ratings.put(skill.skillKey, input.ratingsOrEmpty().get(skill.skillKey));
        }
        card.ratings.clear();
        card.ratings.putAll(ratings);
        if (card.id == null) {
            card.persist();
        }
        return new Recorded(card, amended);
    }

    /** The interviewer's name on their own card; their e-mail too if a typed-in card already uses the name. */
    private static String ownName(Candidate candidate, String stage, User me) {
        return Scorecard.find(candidate, stage, me.displayName).isPresent() ? me.displayName + " (" + me.email + ")"
                : me.displayName;
    }

    public ScorecardSummary summary(Candidate candidate) {
        Checklist checklist = candidate.checklist;
        HiringContent content = checklists.content();
        List<ScorecardSummary.SkillInput> skills = checklist.skills.stream()
                .map(s -> new ScorecardSummary.SkillInput(s.skillKey, s.label, s.weight)).toList();
        List<ScorecardSummary.StageInput> stages = checklist.stages.stream()
                .map(s -> new ScorecardSummary.StageInput(s.stageKey, stageLabel(content, s.stageKey))).toList();
        List<ScorecardSummary.CardInput> cards = Scorecard.listFor(candidate).stream()
                .map(c -> new ScorecardSummary.CardInput(c.stageKey, stageLabel(content, c.stageKey), c.interviewer, c.overall,
                        Map.copyOf(c.ratings), c.notes == null ? "" : c.notes)).toList();
        return ScorecardSummary.of(skills, stages, cards, takeHomeResults.forCandidate(candidate.email, checklist.id));
    }

    /** The take-home feature's invite page, prefilled for this candidate and checklist. */
    public static String inviteLink(Candidate candidate) {
        return "/invites/new?checklist=" + candidate.checklist.id + "&name=" + encode(candidate.name) + "&email="
                + encode(candidate.email);
    }

    static String stageLabel(HiringContent content, String key) {
        VettingProcess.Stage stage = content.vetting().stage(key);
        return stage == null ? key : stage.label();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
