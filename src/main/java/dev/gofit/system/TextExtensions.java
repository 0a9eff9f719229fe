package dev.gofit.system;

import io.quarkus.qute.TemplateExtension;

/** Wording helpers for every template: {@code {days.count('working day')}} reads "1 working day", "2 working days". */
@TemplateExtension
public class TextExtensions {

    private TextExtensions() {
    }

    /** The number with its noun, in the singular for exactly one (an irregular plural: {@code count('entry', 'entries')}). */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** User text embedded in a Markdown export as plain text on one line: {@code {kit.role.md}} (see {@link Markdown#inline}). */
    public static String md(String text) {
        return Markdown.inline(text);
    }
}
