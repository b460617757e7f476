package dev.prewarm.rest.rpc.signature;

import static dev.prewarm.rest.rpc.signature.SignatureClaim.incomplete;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.RequestRejectedException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The V3 Authorization header: {@code ACS3-HMAC-SHA256 Credential=<AK>,SignedHeaders=<a;b>,
 * Signature=<hex>}.
 *
 * @param signedHeaders lower-case and sorted, as the canonical request lists them
 */
record Acs3Authorization(String accessKeyId, List<String> signedHeaders, String signature) {
    static final String ALGORITHM = "ACS3-HMAC-SHA256";

    /** Signing these is what makes a request bound to its action, body, time and nonce. */
    static final Set<String> REQUIRED_HEADERS = Set.of(
            "host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version");

    /**
     * @throws RequestRejectedException {@code InvalidSignatureMethod} when the first word names
     *     another algorithm, {@code IncompleteSignature} when the rest is malformed or does not
     *     sign every required header
     */
    static Acs3Authorization parse(String header) {
        String trimmed = header.strip();
        if (trimmed.isEmpty()) {
            throw incomplete();
        }
        int space = trimmed.indexOf(' ');
        String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
        if (!algorithm.equals(ALGORITHM)) {
            throw new RequestRejectedException(ErrorCode.INVALID_SIGNATURE_METHOD);
        }
        Map<String, String> fields = fields(space < 0 ? "" : trimmed.substring(space + 1));
        String credential = fields.get("Credential");
        String names = fields.get("SignedHeaders");
        String signature = fields.get("Signature");
        if (fields.size() != 3 || isBlank(credential) || isBlank(names) || isBlank(signature)) {
            throw incomplete();
        }
        List<String> signed = Arrays.stream(names.split(";", -1))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
        if (signed.contains("") || !signed.containsAll(REQUIRED_HEADERS)) {
            throw incomplete();
        }
        return new Acs3Authorization(credential, signed, signature.toLowerCase(Locale.ROOT));
    }

    // Duplicate or unknown fields make the size differ from 3 and the header malformed.
    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String field : text.split(",", -1)) {
            int equals = field.indexOf('=');
            if (equals < 0) {
                throw incomplete();
            }
            String previous = fields.put(
                    field.substring(0, equals).strip(),
                    field.substring(equals + 1).strip());
            if (previous != null) {
                throw incomplete();
            }
        }
        return fields;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
