package dev.prewarm.application.remotelist;

import dev.prewarm.domain.job.IntakeCounts;
import dev.prewarm.domain.job.UrlListIntake;
import dev.prewarm.domain.site.SiteDomains;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** The job intake over a spooled list, with its accepted URLs and counts kept for assertions. */
record Intake(IntakeCounts counts, List<String> accepted, List<String> rejected) {
    static Intake of(Reader lines, String... domains) {
        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        UrlListIntake intake = new UrlListIntake(
                SiteDomains.of(domains),
                1_000_000,
                (position, url) -> accepted.add(url.value()),
                (line, text, reason, detail) -> rejected.add(line + " " + reason.wireName()));
        intake.acceptAll(lines);
        return new Intake(intake.counts(), accepted, rejected);
    }
}
