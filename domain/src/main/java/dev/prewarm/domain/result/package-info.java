/**
 * Fetch results as kept after a batch (PRODUCT.md §1): one per URL × edge target × variant, with
 * the batch and plan that fetched it, and each job URL's last outcome. Only what is stored and
 * queried lives here; how a fetch is classified is {@code fetch}, how a batch runs is {@code plan}.
 */
package dev.prewarm.domain.result;
