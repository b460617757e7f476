package dev.prewarm.domain.error;

/**
 * A request refused before it reached a use case: signature and AccessKey failures, an
 * unsupported version, a reused ClientToken. These codes have fixed messages.
 */
public final class RequestRejectedException extends PrewarmException {
    public RequestRejectedException(ErrorCode code) {
        super(code);
        if (code.codeTemplate().contains("%s") || code.messageTemplate().contains("%s")) {
            throw new IllegalArgumentException(code + " needs arguments; use its own exception type");
        }
    }
}
