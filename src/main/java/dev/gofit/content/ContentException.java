package dev.gofit.content;

/** A content file that cannot be used; the message names the file, the line and the problem. */
public class ContentException extends RuntimeException {

    public ContentException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
