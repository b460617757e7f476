/**
 * The limits of API.md §6 as a per-account policy: defaults, overrides, and the checks that raise
 * the contract's errors when a request would exceed them. Counting what exists is the caller's
 * job; this package only decides.
 */
package dev.prewarm.domain.quota;
