package dev.gofit.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A vetting stage chosen for a checklist, with its duration in minutes. */
@Embeddable
public class StageSlot {

    @Column(name = "stage_key", nullable = false)
    public String stageKey;

    @Column(nullable = false)
    public int minutes;

    public StageSlot() {
    }

    public StageSlot(String stageKey, int minutes) {
        this.stageKey = stageKey;
        this.minutes = minutes;
    }
}
