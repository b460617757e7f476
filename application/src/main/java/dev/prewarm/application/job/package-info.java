/**
 * Use cases on preload jobs: ingestion of URL lists (streamed into storage in one transaction),
 * reading, paging, reset and deletion.
 */
package dev.prewarm.application.job;
