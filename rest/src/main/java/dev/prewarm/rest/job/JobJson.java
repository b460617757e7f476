package dev.prewarm.rest.job;

import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.rest.rpc.WireTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Job object of API.md §3 with its exact keys and JSON types. */
public final class JobJson {
    private JobJson() {}

    public static Map<String, Object> from(PreloadJob job, String baseUrl) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Id", job.id().value());
        out.put("Name", job.name().value());
        out.put("SiteId", job.siteId().value());
        out.put("AliUid", job.owner().value());
        out.put("InsertWay", job.insertWay().wireName());
        out.put("CreatedAt", WireTime.iso(job.createdAt()));
        out.put("Domains", job.domains());
        out.put("ErrorInfo", job.errorInfo());
        out.put(
                "FailedFileOss",
                job.failedFileId().map(id -> failedLinesUrl(baseUrl, job)).orElse(""));
        out.put("FileId", job.fileId());
        out.put("TaskType", job.taskType());
        out.put("UrlCount", job.urlCount());
        out.put("UrlSubmitted", job.urlSubmitted());
        out.put("TaskSubmitted", job.taskSubmitted());
        return out;
    }

    /** Where the owner downloads the rejected lines with their reasons (REST API, AccessKey auth). */
    static String failedLinesUrl(String baseUrl, PreloadJob job) {
        return baseUrl + "/api/v1/jobs/" + job.id().value() + "/rejected-lines";
    }
}
