package dev.gofit.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of a checklist skill: what is checked and in which stage. {@code checkKey} is null for own items. */
@Embeddable
public class ChecklistCheck {

    @Column(name = "check_key")
    public String checkKey;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String stage;

    public ChecklistCheck() {
    }

    public ChecklistCheck(String checkKey, String text, String stage) {
        this.checkKey = checkKey;
        this.text = text;
        this.stage = stage;
    }
}
