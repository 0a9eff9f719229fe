package dev.gofit.hiring;

import dev.gofit.account.CurrentUser;
import dev.gofit.system.GoFitConfig;
import dev.gofit.system.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Candidates and their scorecards: validation, recording (one per stage and interviewer) and the summary. */
@ApplicationScoped
public class CandidateService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** A scorecard as the form or the API sends it. A rating that is not a number arrives as 0. */
    public record ScorecardInput(String stage, String interviewer, Overall overall, Map<String, Integer> ratings, String notes) {
    }

    private final ChecklistService checklists;
    private final TakeHomeResults takeHomeResults;
    private final CurrentUser currentUser;

    public CandidateService(ChecklistService checklists, TakeHomeResults takeHomeResults, CurrentUser currentUser) {
        this.checklists = checklists;
        this.takeHomeResults = takeHomeResults;
        this.currentUser = currentUser;
    }

    public static List<FieldError> validate(String name, String email) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            errors.add(new FieldError("name", "Give the candidate's name (up to 200 characters)."));
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            errors.add(new FieldError("email", "Give an e-mail address such as ana@example.com."));
        }
        return errors;
    }

    /** Every problem with a scorecard: the stage must be one of the checklist's, each skill of that stage rated 1-4. */
    public List<FieldError> validate(Candidate candidate, ScorecardInput input) {
        List<FieldError> errors = new ArrayList<>();
        Checklist checklist = candidate.checklist;
        if (input.stage() == null || !checklist.hasStage(input.stage())) {
            errors.add(new FieldError("stage", "This checklist has no stage '" + input.stage() + "'; choose one of "
                    + String.join(", ", checklist.stages.stream().map(s -> s.stageKey).toList()) + "."));
            return errors;
        }
        if (input.interviewer() == null || input.interviewer().isBlank() || input.interviewer().trim().length() > 120) {
            errors.add(new FieldError("interviewer", "Name the interviewer (up to 120 characters)."));
        }
        if (input.overall() == null) {
            errors.add(new FieldError("overall", "Choose an overall recommendation: Strong no, No, Yes or Strong yes."));
        }
        Map<String, Integer> ratings = input.ratings() == null ? Map.of() : input.ratings();
        for (ChecklistSkill skill : checklist.skillsIn(input.stage())) {
            Integer r = ratings.get(skill.skillKey);
            if (r == null || r < 1 || r > 4) {
                errors.add(new FieldError("ratings." + skill.skillKey, "Rate " + skill.label + " from 1 to 4 (there is no middle)."));
            }
        }
        for (String key : ratings.keySet()) {
            if (checklist.skill(key) == null) {
                errors.add(new FieldError("ratings." + key, "This checklist has no skill '" + key + "'."));
            }
        }
        if (input.notes() != null && input.notes().length() > 4000) {
            errors.add(new FieldError("notes", "Keep the notes under 4,000 characters."));
        }
        return errors;
    }

    /** Records a valid scorecard, replacing the one the same interviewer gave for the same stage. */
    @Transactional
    public Scorecard record(long candidateId, ScorecardInput input) {
        Candidate candidate = checklists.requireCandidate(candidateId);
        String interviewer = input.interviewer().trim();
        Scorecard card = Scorecard.find(candidate, input.stage(), interviewer).orElseGet(Scorecard::new);
        card.candidate = candidate;
        card.stageKey = input.stage();
        if (card.interviewer == null) {
            // The first spelling of the name stays: "ana" later replaces Ana's scorecard, not her name.
            card.interviewer = interviewer;
        }
        card.recordedBy = currentUser.user();
        card.overall = input.overall();
        card.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
        card.updatedAt = Instant.now();
        Map<String, Integer> ratings = new HashMap<>();
        // Only the skills the stage covers are kept: a rating elsewhere is not evidence from this stage.
        for (ChecklistSkill skill : candidate.checklist.skillsIn(input.stage())) {
            ratings.put(skill.skillKey, input.ratings().get(skill.skillKey));
        }
        card.ratings.clear();
        card.ratings.putAll(ratings);
        if (card.id == null) {
            card.persist();
        }
        return card;
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
