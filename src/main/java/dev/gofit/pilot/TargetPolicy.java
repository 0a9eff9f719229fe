package dev.gofit.pilot;

/**
 * Decides whether GoFit may send load to an endpoint. The measurement only ever connects to
 * the address this check returns, so a name that resolves differently later is not followed.
 */
public interface TargetPolicy {

    /** The checked endpoint; throws {@link TargetRefusedException} with the reason otherwise. */
    CheckedTarget check(String url);

    /** Thrown when an endpoint is refused; the message is shown to the user. */
    class TargetRefusedException extends RuntimeException {
        public TargetRefusedException(String reason) {
            super(reason, null, false, false);
        }
    }
}
