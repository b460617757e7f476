/**
 * Preload jobs: the streaming intake of a URL list (validation, de-duplication, quota) and the job
 * aggregate with its counters and shared cursor. Plans that consume the cursor live in
 * {@code plan}; storing the URL list itself is the job of the outer modules, through the sinks.
 */
package dev.prewarm.domain.job;
