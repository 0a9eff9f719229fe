package dev.gofit.hiring;

/** An interviewer's overall recommendation: four options, no neutral middle. */
public enum Overall {
    STRONG_NO("Strong no"), NO("No"), YES("Yes"), STRONG_YES("Strong yes");

    private final String label;

    Overall(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean positive() {
        return this == YES || this == STRONG_YES;
    }

    /** Parses an API or form value ("STRONG_YES", "strong-yes", "Strong yes"); null when unknown. */
    public static Overall parse(String value) {
        if (value == null) {
            return null;
        }
        String normal = value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Overall o : values()) {
            if (o.name().equals(normal)) {
                return o;
            }
        }
        return null;
    }
}
