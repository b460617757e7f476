package dev.prewarm.application.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultRetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void thePurgeRunsChunkByChunkUntilAChunkComesBackShort() {
        ChunkRecorder chunks = new ChunkRecorder(ResultRetention.CHUNK_ROWS, ResultRetention.CHUNK_ROWS, 12);

        long purged = retention(chunks, 14).purgeExpired();

        assertThat(purged).isEqualTo(2L * ResultRetention.CHUNK_ROWS + 12);
        assertThat(chunks.cutoffs).hasSize(3).containsOnly(Instant.parse("2026-11-14T12:00:00Z"));
    }

    @Test
    void oneRunStopsAfterItsLastChunkEvenWhenMoreAreLeft() {
        ChunkRecorder chunks = new ChunkRecorder();

        retention(chunks, 3).purgeExpired();

        assertThat(chunks.cutoffs).hasSize(ResultRetention.MAX_CHUNKS);
    }

    @Test
    void aRetentionBelowOneDayIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> retention(new ChunkRecorder(), 0).purgeExpired())
                .hasMessageContaining("prewarm.results.retention-days must be at least 1, got 0");
    }

    private static ResultRetention retention(FetchResults results, int days) {
        ResultRetention retention = new ResultRetention();
        retention.results = results;
        retention.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        retention.retentionDays = days;
        return retention;
    }

    /** Answers the given chunk sizes in turn, then full chunks for ever. */
    private static final class ChunkRecorder extends FetchResults {
        final List<Instant> cutoffs = new ArrayList<>();
        private final Deque<Integer> sizes = new ArrayDeque<>();

        ChunkRecorder(Integer... sizes) {
            this.sizes.addAll(List.of(sizes));
        }

        @Override
        public int purgeChunk(Instant cutoff, int maxRows) {
            cutoffs.add(cutoff);
            return sizes.isEmpty() ? maxRows : sizes.poll();
        }
    }
}
