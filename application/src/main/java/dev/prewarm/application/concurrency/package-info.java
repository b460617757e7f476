/** How concurrent commands on one object are linearized: optimistic locking, retried whole. */
package dev.prewarm.application.concurrency;
