package dev.gofit.takehome;

/**
 * GoFit is stopping (the review worker was interrupted): the review is unfinished, not failed, and
 * must be left for the next start to run again rather than written off with ERROR checks.
 */
public class ReviewInterruptedException extends RuntimeException {

    public ReviewInterruptedException(Throwable cause) {
        super("review interrupted", cause);
    }
}
