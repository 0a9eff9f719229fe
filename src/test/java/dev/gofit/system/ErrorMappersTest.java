package dev.gofit.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMappersTest {

    @Test
    void inviteTokensNeverReachTheLog() {
        assertThat(ErrorMappers.loggablePath("/t/AbCdEf0123456789_-xyz/submit")).isEqualTo("/t/***/submit");
        assertThat(ErrorMappers.loggablePath("/t/AbCdEf0123456789")).isEqualTo("/t/***");
        assertThat(ErrorMappers.loggablePath("/decisions/7")).isEqualTo("/decisions/7");
    }
}
