/**
 * Storage of the plan engine's coordination state: the leases that let one instance at a time run
 * a plan, in plain JDBC on the plan table. The plans themselves and their batches are in
 * {@code persistence.plan}.
 */
package dev.prewarm.persistence.schedule;
