package dev.gofit.account;

/** Staff roles; the names are public (README "Accounts"; `/q/openapi`) and used in {@code @RolesAllowed}. */
public enum Role {
    ADMIN, LEADER, HIRING_MANAGER,
    /** Interviews candidates and records their own scorecards; no access to decisions or pilots. */
    INTERVIEWER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String LEADER_NAME = "LEADER";
    public static final String HIRING_MANAGER_NAME = "HIRING_MANAGER";
    public static final String INTERVIEWER_NAME = "INTERVIEWER";
}
