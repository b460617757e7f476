/**
 * ClientToken idempotency of the create actions: the token, the fingerprint of the parameters it
 * was first used with, and the storage port for the responses to replay. Running the action and
 * serialising its response belong to the outer modules.
 */
package dev.prewarm.domain.idempotency;
