/**
 * What fetching one URL through a cache produced (PRODUCT.md §2): outcomes, the cache status read
 * from response headers, the retry rules and the per-URL result record. The HTTP client itself and
 * the outbound policy live in {@code application}; this package only interprets.
 */
package dev.prewarm.domain.fetch;
