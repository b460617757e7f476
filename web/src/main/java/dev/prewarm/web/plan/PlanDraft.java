package dev.prewarm.web.plan;

import dev.prewarm.application.plan.PlanPreviews.DraftPreview;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.RequestedPlan;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One row of the "create plans" form: times in the viewer's zone (empty start = now, empty end =
 * no end), Interval and SliceLen, and its live preview or the reason it would be refused.
 */
public class PlanDraft implements Serializable {
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private LocalDateTime start;
    private LocalDateTime end;
    private Integer interval = 60;
    private Integer sliceLen = 100;
    private transient DraftPreview preview;

    /** A draft holding the plan's current values, for its edit form. */
    public static PlanDraft of(Plan plan, ZoneId zone) {
        PlanDraft draft = new PlanDraft();
        draft.start = LocalDateTime.ofInstant(plan.window().startsAt(), zone);
        draft.end = plan.window()
                .endsAt()
                .map(end -> LocalDateTime.ofInstant(end, zone))
                .orElse(null);
        draft.interval = plan.interval().seconds();
        draft.sliceLen = plan.sliceLen().value();
        return draft;
    }

    /** The draft as the API would receive it, times with the viewer's offset. */
    public RequestedPlan requested(ZoneId zone) {
        return new RequestedPlan(
                start == null ? null : WIRE.format(start.atZone(zone)),
                end == null ? null : WIRE.format(end.atZone(zone)),
                interval == null ? null : interval.toString(),
                sliceLen == null ? null : sliceLen.toString());
    }

    public DraftPreview getPreview() {
        return preview;
    }

    public void setPreview(DraftPreview preview) {
        this.preview = preview;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public Integer getInterval() {
        return interval;
    }

    public void setInterval(Integer interval) {
        this.interval = interval;
    }

    public Integer getSliceLen() {
        return sliceLen;
    }

    public void setSliceLen(Integer sliceLen) {
        this.sliceLen = sliceLen;
    }
}
