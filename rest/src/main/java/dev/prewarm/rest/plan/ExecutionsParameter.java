package dev.prewarm.rest.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.RejectedPlan;
import dev.prewarm.domain.plan.RequestedPlan;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Executions} parameter: a JSON array of {@code {StartTime?, EndTime?, Interval,
 * SliceLen}}. Numbers may be JSON numbers or numeric strings; each field is kept as text so the
 * domain judges it and a rejected plan can be echoed as sent.
 */
final class ExecutionsParameter {
    private static final int MAX_PLANS_PER_CALL = 100;
    private static final List<String> FIELDS = List.of("StartTime", "EndTime", "Interval", "SliceLen");

    private ExecutionsParameter() {}

    static List<RequestedPlan> parse(String json) {
        JsonArray array = readArray(json);
        if (array.isEmpty() || array.size() > MAX_PLANS_PER_CALL) {
            throw invalid("must hold 1 to " + MAX_PLANS_PER_CALL + " plans, got " + array.size());
        }
        List<RequestedPlan> plans = new ArrayList<>();
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid("every element must be a JSON object, got " + value.getValueType());
            }
            JsonObject o = value.asJsonObject();
            // A misspelt EndTime would otherwise make a plan that never ends.
            for (String key : o.keySet()) {
                if (!FIELDS.contains(key)) {
                    throw invalid("a plan has only the fields " + String.join(", ", FIELDS) + ", got '" + key + "'");
                }
            }
            plans.add(new RequestedPlan(
                    text(o, "StartTime"), text(o, "EndTime"), text(o, "Interval"), text(o, "SliceLen")));
        }
        return plans;
    }

    /** A FailedExecutions element: the plan as the client sent it, with the job and account. */
    static Map<String, Object> echo(RejectedPlan rejected, JobId job, AccountId account) {
        RequestedPlan r = rejected.request();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("JobId", job.value());
        out.put("AliUid", account.value());
        out.put("StartTime", r.startTime() == null ? "" : r.startTime());
        out.put("EndTime", r.endTime() == null ? "" : r.endTime());
        putNumber(out, "Interval", r.interval());
        putNumber(out, "SliceLen", r.sliceLen());
        return out;
    }

    private static void putNumber(Map<String, Object> out, String key, String text) {
        try {
            out.put(key, Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            // not a number as sent: left out rather than sent with the wrong JSON type
        }
    }

    private static JsonArray readArray(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw invalid("must be a JSON array of plans");
        }
    }

    private static String text(JsonObject o, String key) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        // Any other JSON value (true, an object) is kept as its JSON text too: the domain refuses it
        // like any bad value, and the plan goes to FailedExecutions with the others.
        return value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString() : value.toString();
    }

    private static InvalidParameterException invalid(String why) {
        return new InvalidParameterException("Executions", why);
    }
}
