package dev.prewarm.domain.plan;

import static dev.prewarm.domain.plan.PlanBuilder.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.PrewarmException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Drives a plan through random sequences of API calls, engine ticks and passing time, and checks
 * each result against {@link PlanModel}, a plain reading of the rules of API.md §5.
 */
class PlanModelProperties {

    @Property(tries = 500)
    void a_plan_follows_the_rules_of_section_5_under_any_sequence_of_operations(
            @ForAll("plans") PlanRequest request,
            @ForAll("urlCounts") int urls,
            @ForAll("operations") List<Op> operations) {
        Plan plan = Plan.create(PlanBuilder.PLAN_ID, PlanBuilder.JOB_ID, PlanBuilder.ACCOUNT_ID, request, T0);
        PlanModel model = PlanModel.of(plan, urls, T0);

        for (Op op : operations) {
            PlanSnapshot before = PlanSnapshot.of(plan);
            Optional<String> expectedError = model.expectedError(op);
            if (expectedError.isPresent()) {
                assertThatThrownBy(() -> apply(op, plan, model))
                        .as("%s on %s", op, before)
                        .isInstanceOfSatisfying(
                                PrewarmException.class,
                                e -> assertThat(e.code()).isEqualTo(expectedError.get()));
                assertThat(PlanSnapshot.of(plan))
                        .as("rejected %s changed the plan", op)
                        .isEqualTo(before);
            } else {
                apply(op, plan, model);
                model.accept(op);
            }
            model.checkAgainst(plan, op);
        }
    }

    private static void apply(Op op, Plan plan, PlanModel model) {
        Instant now = model.now();
        switch (op) {
            case Op.Advance advance -> {}
            case Op.Stop stop -> plan.stop(now);
            case Op.Start start -> plan.start(now);
            case Op.Fail fail -> plan.fail(now, "site is offline");
            case Op.Reset reset -> plan.returnToWaitingAfterReset(now);
            case Op.Update update -> plan.update(model.toUpdate(update), now);
            case Op.Tick tick -> model.runEngine(plan, tick);
        }
    }

    @Provide
    Arbitrary<PlanRequest> plans() {
        Arbitrary<Optional<PlanTime>> start = Arbitraries.integers()
                .between(-600, 600)
                .map(s -> PlanTime.utc(T0.plusSeconds(s)))
                .optional();
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 3000);
        Arbitrary<Boolean> hasEnd = Arbitraries.of(true, false);
        Arbitrary<Interval> interval = Arbitraries.integers().between(1, 300).map(Interval::new);
        Arbitrary<SliceLen> slice = Arbitraries.integers().between(1, 20).map(SliceLen::new);
        return Combinators.combine(start, length, hasEnd, interval, slice).as((s, len, end, i, n) -> {
            Instant startsAt = s.map(PlanTime::instant).orElse(T0);
            Optional<PlanTime> endTime = end ? Optional.of(PlanTime.utc(startsAt.plusSeconds(len))) : Optional.empty();
            return new PlanRequest(s, endTime, i, n);
        });
    }

    @Provide
    Arbitrary<Integer> urlCounts() {
        return Arbitraries.integers().between(0, 200);
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> advance = Arbitraries.integers().between(0, 400).map(Op.Advance::new);
        Arbitrary<Op> tick = Arbitraries.integers().between(0, 2).map(Op.Tick::new);
        Arbitrary<Op> update = Combinators.combine(
                        Arbitraries.integers().between(-900, 900).optional(),
                        Arbitraries.integers().between(-900, 3000).optional(),
                        Arbitraries.integers().between(1, 300).optional(),
                        Arbitraries.integers().between(1, 20).optional())
                .as(Op.Update::new);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, advance),
                net.jqwik.api.Tuple.of(8, tick),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Op.Stop())),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Op.Start())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Op.Fail())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Op.Reset())),
                net.jqwik.api.Tuple.of(2, update));
        return op.list().ofMaxSize(60);
    }
}
