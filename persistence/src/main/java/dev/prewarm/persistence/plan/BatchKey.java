package dev.prewarm.persistence.plan;

import dev.prewarm.domain.plan.PlanId;
import java.io.Serializable;
import java.util.Objects;

/** The id class of Batch (orm-plan.xml): JPA needs a key type, and the domain should not carry one. */
public class BatchKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private PlanId planId;
    private long batchNo;

    public BatchKey() {
        // for JPA
    }

    public BatchKey(PlanId planId, long batchNo) {
        this.planId = planId;
        this.batchNo = batchNo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BatchKey that && batchNo == that.batchNo && Objects.equals(planId, that.planId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(planId, batchNo);
    }
}
