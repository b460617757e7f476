package dev.prewarm.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {
    @Test
    void splitsAtTheFirstColonSoPasswordsMayContainColons() {
        assertThat(BasicCredentials.parse(basic("admin:pa:ss wörd")))
                .contains(new BasicCredentials("admin", "pa:ss wörd"));
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertThat(BasicCredentials.parse("bAsIc " + encode("a:b"))).contains(new BasicCredentials("a", "b"));
    }

    @Test
    void anythingElseIsNoCredentials() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic not*base64")).isEmpty();
        assertThat(BasicCredentials.parse(basic("no-colon"))).isEmpty();
    }

    @Test
    void theToStringHidesThePassword() {
        assertThat(new BasicCredentials("admin", "secret").toString()).doesNotContain("secret");
    }

    private static String basic(String userColonPassword) {
        return "Basic " + encode(userColonPassword);
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
