/**
 * Execution plans (ESA's "executions"): the plan aggregate with its state machine (API.md §5), its
 * window and slot arithmetic, and the validation of requested plans. A plan refers to its job by id
 * and never holds URLs; the job owns the shared cursor.
 */
package dev.prewarm.domain.plan;
