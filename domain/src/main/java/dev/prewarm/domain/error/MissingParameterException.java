package dev.prewarm.domain.error;

/**
 * A required parameter is absent: {@code Missing{Name}}, except the two with their own wording in
 * the contract ({@code MissingUrlList}, {@code MissingOssUrl}).
 */
public final class MissingParameterException extends PrewarmException {
    private final String parameter;

    private MissingParameterException(ErrorCode errorCode, String code, String message, String parameter) {
        super(errorCode, code, message);
        this.parameter = parameter;
    }

    public static MissingParameterException of(String parameter) {
        return switch (parameter) {
            case "UrlList" -> fixed(ErrorCode.MISSING_URL_LIST, parameter);
            case "OssUrl" -> fixed(ErrorCode.MISSING_OSS_URL, parameter);
            default ->
                new MissingParameterException(
                        ErrorCode.MISSING_PARAMETER,
                        ErrorCode.MISSING_PARAMETER.codeTemplate().formatted(parameter),
                        ErrorCode.MISSING_PARAMETER.messageTemplate().formatted(parameter),
                        parameter);
        };
    }

    private static MissingParameterException fixed(ErrorCode code, String parameter) {
        return new MissingParameterException(code, code.codeTemplate(), code.messageTemplate(), parameter);
    }

    public String parameter() {
        return parameter;
    }
}
