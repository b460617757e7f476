package dev.prewarm.rest.rpc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalQueryTest {
    private static final String B_WIRE = "http%3A%2F%2Fa.com%2Fx%20y%2Bz*(1)%27!~%C3%A9%E4%B8%AD.jpg%3Fa%3Db%26c%3Dd";
    private static final String B_CANONICAL =
            "http%3A%2F%2Fa.com%2Fx%20y%2Bz%2A%281%29%27%21~%C3%A9%E4%B8%AD.jpg%3Fa%3Db%26c%3Dd";

    @Test
    void vectorBIsReEncodedStrictlyNotCopiedFromTheWire() {
        assertThat(CanonicalQuery.of("Content=" + B_WIRE)).isEqualTo("Content=" + B_CANONICAL);
    }

    @Test
    void vectorBDecodesToTheValueTheClientSigned() {
        assertThat(Rfc3986.decode(B_WIRE)).isEqualTo("http://a.com/x y+z*(1)'!~é中.jpg?a=b&c=d");
        assertThat(Rfc3986.encode("http://a.com/x y+z*(1)'!~é中.jpg?a=b&c=d")).isEqualTo(B_CANONICAL);
    }

    @Test
    void pairsAreSortedByKeyThenValue() {
        assertThat(CanonicalQuery.of("b=2&a=z&a=y&c")).isEqualTo("a=y&a=z&b=2&c=");
    }

    @Test
    void aPlusOnTheWireIsASpaceAndIsSignedAsPercentTwenty() {
        assertThat(CanonicalQuery.of("q=a+b%2Bc")).isEqualTo("q=a%20b%2Bc");
    }

    @Test
    void anEmptyQueryAndEmptySegmentsGiveNothing() {
        assertThat(CanonicalQuery.of("")).isEmpty();
        assertThat(CanonicalQuery.of("&&a=1&")).isEqualTo("a=1");
    }

    @Test
    void onlyTheFirstEqualsSignSeparatesKeyFromValue() {
        assertThat(CanonicalQuery.of("a=b=c")).isEqualTo("a=b%3Dc");
    }

    @Test
    void aBrokenEscapeIsKeptAsTextRatherThanFailingTheParse() {
        assertThat(Rfc3986.decode("100%zz%4")).isEqualTo("100%zz%4");
        assertThat(Rfc3986.decode("%e4%b8%ad")).isEqualTo("中");
    }

    @Test
    void encodingKeepsOnlyUnreservedCharactersAndUsesUpperCaseHex() {
        assertThat(Rfc3986.encode("AZaz09-_.~ */")).isEqualTo("AZaz09-_.~%20%2A%2F");
        assertThat(Rfc3986.encode("😀")).isEqualTo("%F0%9F%98%80");
    }
}
