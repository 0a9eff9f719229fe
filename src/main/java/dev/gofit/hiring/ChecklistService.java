package dev.gofit.hiring;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.account.User;
import dev.gofit.decision.Decision;
import dev.gofit.system.Problem.FieldError;
import dev.gofit.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The checklist use cases shared by the pages and the JSON API: visibility, saving, sharing. */
@ApplicationScoped
public class ChecklistService {

    private final HiringContent content;
    private final ChecklistBuilder builder;
    private final CurrentUser currentUser;

    public ChecklistService(HiringContent content, CurrentUser currentUser) {
        this.content = content;
        this.builder = new ChecklistBuilder(content);
        this.currentUser = currentUser;
    }

    public ChecklistBuilder builder() {
        return builder;
    }

    public HiringContent content() {
        return content;
    }

    public Viewer viewer() {
        return Viewer.of(currentUser);
    }

    /** The checklist, or 404 when it does not exist or the current user may not see it. */
    public Checklist require(long id) {
        return Checklist.findVisible(id, viewer()).orElseThrow(() -> ProblemException.notFound("Checklist " + id));
    }

    public Candidate requireCandidate(long id) {
        return Candidate.findVisible(id, viewer()).orElseThrow(() -> ProblemException.notFound("Candidate " + id));
    }

    public List<Checklist> visible() {
        return Checklist.listVisible(viewer());
    }

    /**
     * A decision a checklist may start from: any of the shared log (a colleague's too), or the user's own even
     * while it is a draft (drafts stay out of the log).
     */
    public Optional<Decision> decision(Long id) {
        return id == null ? Optional.empty() : Decision.findForUse(id, currentUser.id());
    }

    /** A decision the draft refers to must exist in the shared log. */
    public List<FieldError> validate(ChecklistDraft draft) {
        List<FieldError> errors = new java.util.ArrayList<>(builder.validate(draft));
        if (draft.decisionId() != null && decision(draft.decisionId()).isEmpty()) {
            errors.add(new FieldError("decisionId", "Decision " + draft.decisionId() + " does not exist."));
        }
        return errors;
    }

    @Transactional
    public Checklist create(ChecklistDraft draft) {
        Checklist checklist = new Checklist();
        checklist.owner = currentUser.user();
        builder.apply(draft, checklist);
        checklist.persist();
        return checklist;
    }

    @Transactional
    public Checklist update(long id, ChecklistDraft draft) {
        Checklist checklist = require(id);
        checklist.skills.clear();
        // Delete the old skills before inserting the new ones (Hibernate would insert first).
        Checklist.flush();
        builder.apply(draft, checklist);
        return checklist;
    }

    /** Archives a checklist (it leaves lists and exports, its candidates and history stay); only its owner or an admin. */
    @Transactional
    public void archive(long id) {
        Checklist checklist = require(id);
        if (!checklist.owner.id.equals(currentUser.id()) && !currentUser.isAdmin()) {
            throw ProblemException.notFound("Checklist " + id);
        }
        checklist.archivedAt = java.time.Instant.now();
    }

    /** Undoes {@link #archive}. */
    @Transactional
    public Checklist restore(long id) {
        Checklist checklist = Checklist.findVisibleAny(id, viewer())
                .filter(c -> c.owner.id.equals(currentUser.id()) || currentUser.isAdmin())
                .orElseThrow(() -> ProblemException.notFound("Checklist " + id));
        checklist.archivedAt = null;
        return checklist;
    }

    /** Turns the anonymised review on or off; only the checklist's owner or an admin (404 for others). */
    @Transactional
    public void anonymise(long id, boolean on) {
        Checklist checklist = require(id);
        if (!checklist.owner.id.equals(currentUser.id()) && !currentUser.isAdmin()) {
            throw ProblemException.notFound("Checklist " + id);
        }
        checklist.anonymised = on;
    }

    /** Shares a checklist with a colleague who hires (or an admin); only its owner or an admin may share. */
    @Transactional
    public Optional<FieldError> share(long id, String email) {
        Checklist checklist = require(id);
        if (!checklist.owner.id.equals(currentUser.id()) && !currentUser.isAdmin()) {
            return Optional.of(new FieldError("colleague", "Only the owner of this checklist can share it."));
        }
        Optional<User> user = User.findByEmail(email).filter(u -> u.enabled)
                .filter(u -> u.hasRole(Role.HIRING_MANAGER) || u.hasRole(Role.ADMIN));
        if (user.isEmpty()) {
            return Optional.of(new FieldError("colleague", "No hiring manager has the e-mail '" + email.trim() + "'."));
        }
        if (!user.get().id.equals(checklist.owner.id)) {
            checklist.sharedWith.add(user.get());
        }
        return Optional.empty();
    }
}
