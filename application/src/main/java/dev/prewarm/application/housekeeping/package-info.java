/** Periodic clean-up of records that expire: nonces, and (later) idempotency tokens and old results. */
package dev.prewarm.application.housekeeping;
