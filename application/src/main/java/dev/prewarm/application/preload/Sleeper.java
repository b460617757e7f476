package dev.prewarm.application.preload;

import java.time.Duration;

/** Waits between retries and for the request pacer; tests substitute one that only records. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    static Sleeper real() {
        return duration -> {
            if (duration.isPositive()) {
                Thread.sleep(duration);
            }
        };
    }
}
