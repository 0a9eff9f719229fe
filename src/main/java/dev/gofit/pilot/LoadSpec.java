package dev.gofit.pilot;

import java.time.Duration;

/** One bounded load measurement to run: where, how, and how much (already capped). */
public record LoadSpec(CheckedTarget target, String method, String body, String contentType,
                       int concurrency, int requests, Duration timeCap, Duration requestTimeout) {
}
