package dev.gofit.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in staff member as templates and resources see it ({@code inject:currentUser}).
 * ADMIN implies every other role, so the checks below include it.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_NAME);
    }

    public boolean isLeader() {
        return isAdmin() || identity.hasRole(Role.LEADER_NAME);
    }

    public boolean isHiringManager() {
        return isAdmin() || identity.hasRole(Role.HIRING_MANAGER_NAME);
    }

    /** Interviewers only: ADMIN does not imply it (an admin is not assigned interviews by default). */
    public boolean isInterviewer() {
        return identity.hasRole(Role.INTERVIEWER_NAME);
    }

    /** The account id, or null when anonymous. */
    public Long id() {
        Object id = identity.getAttribute(StaffIdentityProvider.USER_ID);
        return id instanceof Long l ? l : null;
    }

    public String email() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public String getDisplayName() {
        Object name = identity.getAttribute(StaffIdentityProvider.DISPLAY_NAME);
        return name != null ? name.toString() : email();
    }

    /** The account entity; only call on authenticated requests. */
    public User user() {
        return User.findById(id());
    }
}
