package dev.gofit.takehome;

/** The verdict of one check: FAIL = the endpoint behaved wrongly; ERROR = it could not be judged. */
public enum Outcome {
    PASS, FAIL, ERROR, SKIPPED
}
