/**
 * The HTTP preloader: fetches one URL through one edge target with one header variant, applies the
 * outbound policy, retries and classifies (PRODUCT.md §2), and runs a paced batch. It schedules
 * nothing itself; the plan scheduler and the instant-task lane call it.
 */
package dev.prewarm.application.preload;
