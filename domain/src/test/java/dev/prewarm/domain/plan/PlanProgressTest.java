package dev.prewarm.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanProgressTest {
    private static PlanProgress withUrlsDone(long urlsDone) {
        return new PlanProgress(1, 1, urlsDone, 0, Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    @Test
    void theShareIsRoundedDownAndNeverAboveAHundred() {
        assertThat(withUrlsDone(1).percentOf(3)).isEqualTo(33);
        assertThat(withUrlsDone(3).percentOf(3)).isEqualTo(100);
        // A reset job can have fewer URLs than a plan handled before.
        assertThat(withUrlsDone(5).percentOf(3)).isEqualTo(100);
    }

    @Test
    void anEmptyJobCountsAsDone() {
        assertThat(withUrlsDone(0).percentOf(0)).isEqualTo(100);
    }
}
