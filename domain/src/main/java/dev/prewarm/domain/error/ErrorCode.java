package dev.prewarm.domain.error;

/**
 * Every error code of the ESA-compatible contract (API.md §7) with its HTTP status and message.
 * Codes and messages containing {@code %s} are templates filled by the raising exception; all
 * others are sent exactly as written here, since SDK users match on them.
 */
public enum ErrorCode {
    INVALID_END_TIME_MISMATCH(400, "InvalidEndTime.Mismatch", "The specified EndTime is earlier than the StartTime."),
    JOB_COUNT_OF_SITE_FULL(
            400,
            "InvalidJob.JobCountOfSiteFull",
            "The maximum number of prefetch tasks for the website has been reached. Delete some unwanted ones and try"
                    + " again."),
    INVALID_OBJECT_ID(400, "InvalidParameter.ObjectId", "Invalid task ID or execution plan ID."),
    MISSING_OSS_URL(
            400,
            "MissingOssUrl",
            "OssUrl missing. Specify a valid URL of the OSS object that stores URLs to prefetch."),
    MISSING_URL_LIST(400, "MissingUrlList", "Enter the URLs you want to prefetch."),
    TOO_MANY_REQUESTS(400, "TooManyRequests", "Too many requests.Please try again later."),
    PERMISSION_DENIED(
            403,
            "InvalidUid.PermissionDenied",
            "You do not have the permissions to perform this operation on this resource. Check whether the specified"
                    + " UID is correct and has the required permissions."),
    JOB_NOT_FOUND(
            404,
            "InvalidJob.NotFound",
            "The task does not exist. Check whether the task ID is correct or whether the task has been deleted."),
    LOG_NOT_FOUND(404, "LogNotFound", "Failed to query the log. Check whether the task ID and execution ID are valid."),
    EXECUTION_NOT_FOUND(
            404,
            "InvalidExecution.NotFound",
            "The execution plan does not exist. Check whether the parameters such as the execution ID, start time, and"
                    + " end time are correct."),
    API_NOT_FOUND(404, "InvalidApi.NotFound", "Specified api is not found, please check your url and method."),
    MISSING_PARAMETER(400, "Missing%s", "%s is mandatory for this action."),
    ACCESS_KEY_NOT_FOUND(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found."),
    ACCESS_KEY_INACTIVE(400, "InvalidAccessKeyId.Inactive", "Specified access key is disabled."),
    TIMESTAMP_FORMAT(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted."),
    TIMESTAMP_EXPIRED(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired."),
    SIGNATURE_NONCE_USED(400, "SignatureNonceUsed", "Specified signature nonce was used already."),
    INVALID_SIGNATURE_METHOD(400, "InvalidSignatureMethod", "Specified signature method is not valid."),
    INCOMPLETE_SIGNATURE(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards."),
    SIGNATURE_DOES_NOT_MATCH(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation."),
    INVALID_PARAMETER(400, "InvalidParameter.%s", "The specified parameter %s is not valid: %s."),
    INVALID_VERSION(400, "InvalidVersion", "Specified version 2024-09-10 is the only one supported."),
    INVALID_EXECUTION_STATUS(400, "InvalidExecution.Status", "The execution plan is %s; this operation needs %s."),
    EXECUTION_COUNT_OF_JOB_FULL(
            400,
            "InvalidExecution.CountOfJobFull",
            "The maximum number of execution plans for the task has been reached. Delete some unwanted ones and try"
                    + " again."),
    NO_VALID_URL(
            400, "InvalidUrlList.NoValidUrl", "None of the submitted URLs can be prefetched: %s. Nothing was stored."),
    IDEMPOTENT_PARAMETER_MISMATCH(
            400, "IdempotentParameterMismatch", "The ClientToken was already used with different parameters."),
    SITE_NOT_FOUND(404, "InvalidSite.NotFound", "The specified site does not exist."),
    INTERNAL_ERROR(500, "InternalError", "The request processing has failed due to some unknown error.");

    private final int httpStatus;
    private final String codeTemplate;
    private final String messageTemplate;

    ErrorCode(int httpStatus, String codeTemplate, String messageTemplate) {
        this.httpStatus = httpStatus;
        this.codeTemplate = codeTemplate;
        this.messageTemplate = messageTemplate;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String codeTemplate() {
        return codeTemplate;
    }

    public String messageTemplate() {
        return messageTemplate;
    }
}
