package dev.prewarm.domain.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CacheStatusParserTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "X-Cache | HIT from node1 | HIT",
                "x-cache | TCP_HIT | HIT",
                "X-Cache | Hit from cloudfront | HIT",
                "X-Cache | Miss from cloudfront | MISS",
                "X-Cache | RefreshHit from cloudfront | REVALIDATED",
                "X-Cache | MISS, HIT | HIT",
                "X-Cache-Status | EXPIRED | EXPIRED",
                "X-Cache-Status | STALE | STALE",
                "X-Cache-Status | UPDATING | UPDATING",
                "X-Cache-Status | REVALIDATED | REVALIDATED",
                "CF-Cache-Status | DYNAMIC | DYNAMIC",
                "cf-cache-status | BYPASS | BYPASS",
                "CDN-Cache | MISS | MISS",
                "X-Proxy-Cache | HIT | HIT",
                "X-Cache-Lookup | HIT from squid:3128 | HIT",
                "Via | http/1.1 ats (ApacheTrafficServer/9.2 [cHs f ]) | HIT",
                "Via | http/1.1 ats (ApacheTrafficServer/9.2 [cMsSf ]) | MISS",
                "X-Cache | something odd | UNKNOWN"
            })
    void reads_the_cache_status_from_common_headers(String name, String value, CacheStatus expected) {
        assertThat(CacheStatusParser.parse(ResponseHeaders.of(Map.of(name, List.of(value)))))
                .isEqualTo(expected);
    }

    @Test
    void a_positive_age_means_a_hit_when_no_cache_header_says_otherwise() {
        assertThat(CacheStatusParser.parse(ResponseHeaders.of(Map.of("Age", List.of("42")))))
                .isEqualTo(CacheStatus.HIT);
        assertThat(CacheStatusParser.parse(ResponseHeaders.of(Map.of("Age", List.of("0")))))
                .isEqualTo(CacheStatus.NONE);
        assertThat(CacheStatusParser.parse(
                        ResponseHeaders.of(Map.of("Age", List.of("42"), "X-Cache", List.of("MISS")))))
                .isEqualTo(CacheStatus.MISS);
    }

    @Test
    void no_cache_header_at_all_is_none() {
        assertThat(CacheStatusParser.parse(ResponseHeaders.none())).isEqualTo(CacheStatus.NONE);
    }
}
