package dev.gofit.pilot;

import dev.gofit.outbound.Target;

import java.time.Duration;

/** One bounded load measurement to run: where (a target the guard accepted), how, and how much (already capped). */
public record LoadSpec(Target target, String method, String body, String contentType,
                       int concurrency, int requests, Duration timeCap, Duration requestTimeout) {
}
