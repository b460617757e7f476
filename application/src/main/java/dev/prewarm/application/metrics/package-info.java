/**
 * The application's metrics on Payara's MicroProfile Metrics, served by the platform at
 * {@code /metrics} in Prometheus text format: what the engine fetched, how late its batches
 * began, the plans by status and the RPC API's calls. Recording only; nothing here decides anything.
 */
package dev.prewarm.application.metrics;
