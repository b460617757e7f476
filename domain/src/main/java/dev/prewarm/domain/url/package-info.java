/**
 * The URL rules of a preload job (PRODUCT.md §1): parsing a submitted line into a normalized,
 * absolute http(s) {@link dev.prewarm.domain.url.PreloadUrl}, or a rejection reason with a
 * human-readable detail. Matching a host against a site's domains belongs to {@code site}.
 */
package dev.prewarm.domain.url;
