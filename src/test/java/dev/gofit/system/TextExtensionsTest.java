package dev.gofit.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextExtensionsTest {

    @Test
    void oneIsSingularEverythingElsePlural() {
        assertThat(TextExtensions.count(1, "working day")).isEqualTo("1 working day");
        assertThat(TextExtensions.count(0, "working day")).isEqualTo("0 working days");
        assertThat(TextExtensions.count(10, "working day")).isEqualTo("10 working days");
        assertThat(TextExtensions.count(2, "check", "checks")).isEqualTo("2 checks");
    }
}
