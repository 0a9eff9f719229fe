package dev.gofit.outbound;

/** The guard refused a target URL; the message is written for the person who gave it. */
public class TargetRefusedException extends Exception {

    public TargetRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
