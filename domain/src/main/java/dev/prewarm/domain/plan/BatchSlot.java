package dev.prewarm.domain.plan;

import java.time.Instant;

/**
 * The batch a plan has just begun: its number (1, 2, …), the slot it fills, and how many slots
 * before it were skipped because nobody ran them in time (downtime), never to be replayed.
 */
public record BatchSlot(long batchNo, Instant dueAt, long missedBefore) {}
