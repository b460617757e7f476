/**
 * The error catalogue: every code of the contract with its HTTP status and message, and the
 * typed exceptions that raise them. Mapping to a wire format belongs to the edges, not here.
 */
package dev.prewarm.domain.error;
