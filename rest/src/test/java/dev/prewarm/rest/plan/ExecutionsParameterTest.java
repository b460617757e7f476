package dev.prewarm.rest.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.plan.RequestedPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionsParameterTest {
    @Test
    void numbersAndNumericStringsAreKeptAsText() {
        List<RequestedPlan> plans =
                ExecutionsParameter.parse("[{\"Interval\": 30, \"SliceLen\": \"10\", \"StartTime\": null}]");

        assertThat(plans).containsExactly(new RequestedPlan(null, null, "30", "10"));
    }

    /** Like "abc": the plan is refused on its own (FailedExecutions), not the whole call. */
    @Test
    void aValueOfAnotherJsonTypeIsKeptAsItsJsonTextForTheDomainToRefuse() {
        List<RequestedPlan> plans = ExecutionsParameter.parse(
                "[{\"Interval\": true, \"SliceLen\": 1}, {\"Interval\": 30, \"SliceLen\": {\"n\": 1}}]");

        assertThat(plans.get(0).interval()).isEqualTo("true");
        assertThatThrownBy(() -> plans.get(0).parse())
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.code()).isEqualTo("InvalidParameter.Interval"));
        assertThatThrownBy(() -> plans.get(1).parse())
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.code()).isEqualTo("InvalidParameter.SliceLen"));
    }
}
