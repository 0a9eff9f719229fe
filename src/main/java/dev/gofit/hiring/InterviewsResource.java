package dev.gofit.hiring;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** An interviewer's list of assigned interviews, with whether each scorecard is in or overdue. */
@Path("/hiring/interviews")
@RolesAllowed({Role.INTERVIEWER_NAME, Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class InterviewsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interviews(List<MyInterviews.Row> rows);
    }

    private final MyInterviews interviews;
    private final CurrentUser currentUser;

    public InterviewsResource(MyInterviews interviews, CurrentUser currentUser) {
        this.interviews = interviews;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list() {
        return Templates.interviews(interviews.of(currentUser.id()));
    }
}
