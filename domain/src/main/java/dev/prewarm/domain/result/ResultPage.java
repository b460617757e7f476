package dev.prewarm.domain.result;

import java.util.List;

/** One page of results and how many there are in all under the same filter. */
public record ResultPage(long total, List<StoredResult> results) {
    public ResultPage {
        results = List.copyOf(results);
    }
}
