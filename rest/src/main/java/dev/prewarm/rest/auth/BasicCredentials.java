package dev.prewarm.rest.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** The username and password of an {@code Authorization: Basic} header (RFC 7617, UTF-8). */
public record BasicCredentials(String username, String password) {
    private static final String SCHEME = "basic ";

    /** Empty for a missing header, another scheme, bad base64 or no colon: all mean "not authenticated". */
    public static Optional<BasicCredentials> parse(String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(header.substring(SCHEME.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? Optional.empty()
                : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + username + ", password hidden]";
    }
}
