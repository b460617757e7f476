package dev.prewarm.application.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place that decides what "now" is; everything else receives a Clock or an Instant. */
@ApplicationScoped
public class SystemClock {
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
