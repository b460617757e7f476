/**
 * Use cases on execution plans. The plan's rules live in the domain; this package loads, calls
 * one domain method and lets the transaction store the result. The scheduler that runs batches
 * will live here too.
 */
package dev.prewarm.application.plan;
