package dev.gofit.decision;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Map;

import static dev.gofit.decision.PageResponses.badRequest;
import static dev.gofit.decision.PageResponses.seeOther;

/** The decision page's people form (MADR 4 roles) and its comment form. */
@Path("/decisions/{id}")
@Produces(MediaType.TEXT_HTML)
public class DecisionTeamResource {

    private final CurrentUser currentUser;
    private final DecisionAccess access;
    private final DecisionService service;
    private final DecisionTeam team;
    private final DecisionResultView view;
    private final Validator validator;

    public DecisionTeamResource(CurrentUser currentUser, DecisionAccess access, DecisionService service, DecisionTeam team,
                                DecisionResultView view, Validator validator) {
        this.currentUser = currentUser;
        this.access = access;
        this.service = service;
        this.team = team;
        this.view = view;
        this.validator = validator;
    }

    @POST
    @Path("/people")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @jakarta.transaction.Transactional
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Response people(@RestPath long id, @BeanParam DecisionTeamForms.People form) {
        Decision d = access.editable(id, currentUser.id());
        Map<String, String> errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return badRequest(view.page(d, null, "People: " + String.join(" ", errors.values())));
        }
        service.name(d, form.request());
        return seeOther("/decisions/" + id + "?done=people#people");
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
    public Response comment(@RestPath long id, @BeanParam DecisionTeamForms.Comment form) {
        Decision d = access.commentable(id, currentUser.id());
        Map<String, String> errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return badRequest(view.page(d, null, String.join(" ", errors.values()), form.body()));
        }
        team.comment(d, currentUser.id(), form.body());
        return seeOther("/decisions/" + id + "?done=commented#comments");
    }
}
