package dev.gofit.decision;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The shared decision log page: every staff member's decisions, searchable, read only for those who do not decide them. */
@Path("/decisions/log")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
@Produces(MediaType.TEXT_HTML)
public class DecisionLogResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(List<DecisionLog.Row> rows, LogQuery query, List<DecisionStatus> statuses,
                                           List<Verdict> verdicts, List<DecisionResultView.OptionChoice> chosen,
                                           List<DecisionLog.Person> deciders, int total);
    }

    private final DecisionLog log;
    private final CurrentUser currentUser;

    public DecisionLogResource(DecisionLog log, CurrentUser currentUser) {
        this.log = log;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance log(@Valid @BeanParam LogQuery query) {
        return Templates.log(log.rows(query, currentUser.id()), query, List.of(DecisionStatus.values()),
                List.of(Verdict.values()), log.chosenOptions(query.chosen()), log.allDeciders(),
                log.search(LogQuery.all()).size());
    }
}
