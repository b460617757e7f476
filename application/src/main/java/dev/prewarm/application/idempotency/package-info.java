/**
 * ClientToken idempotency of the create actions: a repeated call with the same token and
 * parameters answers the first call's response instead of creating again. What counts as the
 * parameters and how a response is written are the inbound interface's business.
 */
package dev.prewarm.application.idempotency;
