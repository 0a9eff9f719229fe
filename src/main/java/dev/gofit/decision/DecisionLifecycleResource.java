package dev.gofit.decision;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Locale;
import java.util.Optional;

import static dev.gofit.decision.PageResponses.badRequest;
import static dev.gofit.decision.PageResponses.seeOther;

/** A decision's lifecycle from its result page: accept, reject, supersede, revise or re-evaluate as a new revision, archive and restore. */
@Path("/decisions/{id}")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class DecisionLifecycleResource {

    private final CurrentUser currentUser;
    private final DecisionService service;
    private final DecisionAccess access;
    private final DecisionResultView view;
    private final jakarta.validation.Validator validator;

    public DecisionLifecycleResource(CurrentUser currentUser, DecisionService service, DecisionResultView view,
                                     jakarta.validation.Validator validator, DecisionAccess access) {
        this.access = access;
        this.currentUser = currentUser;
        this.service = service;
        this.view = view;
        this.validator = validator;
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response status(@RestPath long id, @BeanParam DecisionForms.Status form) {
        Decision d = access.editable(id, currentUser.id());
        java.util.Map<String, String> errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return badRequest(view.page(d, null, String.join(" ", errors.values())));
        }
        DecisionStatus to = form.target();
        Optional<DecisionService.Refusal> refusal = service.changeStatus(d, to, form.successor(),
                form.chosenOption() == null || form.chosenOption().isBlank() ? null : form.chosenOption(), form.rationale());
        if (refusal.isPresent()) {
            return badRequest(view.page(d, null, refusal.get().message()));
        }
        return seeOther("/decisions/" + id + "?done=" + to.name().toLowerCase(Locale.ROOT));
    }

    @POST
    @Path("/revise")
    @Transactional
    public Response revise(@RestPath long id) {
        Decision d = access.editable(id, currentUser.id());
        if (d.status == DecisionStatus.SUPERSEDED) {
            return PageResponses.status(409, view.page(d, null,
                    "A superseded decision is history: start a new decision instead."));
        }
        service.revise(d);
        return seeOther("/decisions/" + id + "/about");
    }

    /** Re-evaluates the decision with today's matrix content, as a new revision. */
    @POST
    @Path("/reevaluate")
    @Transactional
    public Response reevaluate(@RestPath long id) {
        Decision d = access.editable(id, currentUser.id());
        Optional<DecisionService.Refusal> refusal = service.reevaluate(d);
        if (refusal.isPresent()) {
            return PageResponses.status(409, view.page(d, null, refusal.get().message()));
        }
        return seeOther("/decisions/" + id + "?done=reevaluated#matrix");
    }

    /** Archives the decision (confirmed on the page); the decisions list then offers an undo. */
    @POST
    @Path("/archive")
    public Response archive(@RestPath long id) {
        service.archive(id, currentUser.id());
        return seeOther("/decisions?archived=" + id);
    }

    /** Undoes an archive. */
    @POST
    @Path("/restore")
    public Response restore(@RestPath long id) {
        service.restore(id, currentUser.id());
        return seeOther("/decisions/" + id + "?done=restored");
    }
}
