package dev.gofit.takehome;

/** The guard refused a target URL; the message is written for the person who gave it. */
public class TargetRefusedException extends Exception {

    public TargetRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
