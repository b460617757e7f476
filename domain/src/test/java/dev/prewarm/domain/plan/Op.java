package dev.prewarm.domain.plan;

import java.util.Optional;

/** One step of the model-based test: an API call, an engine tick, or time passing. */
sealed interface Op {
    record Advance(int seconds) implements Op {}

    /** The engine's tick; {@code failMode} 0 = every URL fails, 1 = some fail, 2 = none fail. */
    record Tick(int failMode) implements Op {}

    record Stop() implements Op {}

    record Start() implements Op {}

    record Fail() implements Op {}

    record Reset() implements Op {}

    /** Times are seconds relative to T0; absent values keep the plan's own. */
    record Update(
            Optional<Integer> startAt, Optional<Integer> endAt, Optional<Integer> interval, Optional<Integer> sliceLen)
            implements Op {}
}
