package dev.prewarm.domain.error;

/** A malformed or out-of-range value: {@code InvalidParameter.{Name}}, naming the value and why. */
public final class InvalidParameterException extends PrewarmException {
    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(
                ErrorCode.INVALID_PARAMETER,
                ErrorCode.INVALID_PARAMETER.codeTemplate().formatted(parameter),
                ErrorCode.INVALID_PARAMETER.messageTemplate().formatted(parameter, reason));
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
