package dev.prewarm.domain.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestProfileTest {
    private final RequestProfile defaults = RequestProfile.defaults();

    @Test
    void defaultsAreThoseOfTheProductSpecification() {
        assertThat(defaults.edgeTargets()).isEmpty();
        assertThat(defaults.usesDns()).isTrue();
        assertThat(defaults.variants()).containsExactly(new HeaderVariant("gzip", Map.of("Accept-Encoding", "gzip")));
        assertThat(defaults.userAgent()).isEqualTo("Prewarm/0.1");
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.maxBodyBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(defaults.concurrency()).isEqualTo(16);
        assertThat(defaults.requestsPerSecond()).isEmpty();
        assertThat(defaults.followRedirects()).isFalse();
    }

    @Test
    void withMethodsChangeOneSettingAndKeepTheRest() {
        RequestProfile changed = defaults.withConcurrency(4)
                .withRequestsPerSecond(OptionalInt.of(50))
                .withFollowRedirects(true)
                .withEdgeTargets(List.of(EdgeTarget.parse("https://10.0.0.1:443")));

        assertThat(changed.concurrency()).isEqualTo(4);
        assertThat(changed.requestsPerSecond()).hasValue(50);
        assertThat(changed.followRedirects()).isTrue();
        assertThat(changed.usesDns()).isFalse();
        assertThat(changed.userAgent()).isEqualTo(defaults.userAgent());
        assertThat(defaults.concurrency()).isEqualTo(16);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1025})
    void concurrencyOutsideOneTo1024IsRefusedNamingTheValue(int bad) {
        assertRefused(() -> defaults.withConcurrency(bad), "Concurrency", String.valueOf(bad));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100_001})
    void requestRateOutsideTheRangeIsRefusedNamingTheValue(int bad) {
        assertRefused(
                () -> defaults.withRequestsPerSecond(OptionalInt.of(bad)), "RequestsPerSecond", String.valueOf(bad));
    }

    @Test
    void nonPositiveOrHugeTimeoutsAreRefused() {
        assertRefused(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)), "ConnectTimeout", "PT0S");
        assertRefused(() -> defaults.withTimeouts(Duration.ofSeconds(1), Duration.ofHours(1)), "ReadTimeout", "PT1H");
    }

    @Test
    void negativeBodyCapIsRefused() {
        assertRefused(() -> defaults.withMaxBodyBytes(-1), "MaxBodyBytes", "-1");
    }

    @Test
    void userAgentWithLineBreakIsRefused() {
        assertRefused(() -> defaults.withUserAgent("x\r\nEvil: 1"), "UserAgent", "x");
    }

    @Test
    void atLeastOneVariantIsRequired() {
        assertRefused(() -> defaults.withVariants(List.of()), "Variants", "0");
    }

    @Test
    void variantsKeepHeaderOrder() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "Mobile");
        headers.put("Accept-Encoding", "br");
        headers.put("Accept", "*/*");

        assertThat(new HeaderVariant("mobile-br", headers).headers().keySet())
                .containsExactly("User-Agent", "Accept-Encoding", "Accept");
    }

    @Test
    void headerNamesMustBeTokensAndValuesWithoutLineBreaks() {
        assertRefused(() -> new HeaderVariant("v", Map.of("Bad Name", "x")), "Variants", "Bad Name");
        assertRefused(() -> new HeaderVariant("v", Map.of("X-A", "a\nb")), "Variants", "X-A");
        assertRefused(() -> new HeaderVariant("v", Map.of("Host", "evil.com")), "Variants", "Host");
    }

    @Test
    void edgeTargetsParseWithDefaultPorts() {
        assertThat(EdgeTarget.parse("https://10.0.0.1:443")).isEqualTo(new EdgeTarget("https", "10.0.0.1", 443));
        assertThat(EdgeTarget.parse("HTTP://Cache.Local")).isEqualTo(new EdgeTarget("http", "cache.local", 80));
        assertThat(EdgeTarget.parse("https://[::1]:8443")).isEqualTo(new EdgeTarget("https", "[::1]", 8443));
        assertThat(EdgeTarget.parse("https://[::1]")).isEqualTo(new EdgeTarget("https", "[::1]", 443));
        assertThat(EdgeTarget.parse("https://10.0.0.1:443").toString()).isEqualTo("https://10.0.0.1:443");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.1:443",
                "ftp://a:21",
                "https://a:0",
                "https://a:65536",
                "https://a:x",
                "https://a/p",
                "https://"
            })
    void malformedEdgeTargetsAreRefusedNamingThem(String bad) {
        assertThatThrownBy(() -> EdgeTarget.parse(bad)).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidParameter.EdgeTargets");
            assertThat(e.getMessage()).contains("'" + bad + "'");
        });
    }

    private static void assertRefused(ThrowingCallable call, String parameter, String valueMention) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidParameter." + parameter);
            assertThat(e.getMessage()).contains(valueMention);
        });
    }
}
