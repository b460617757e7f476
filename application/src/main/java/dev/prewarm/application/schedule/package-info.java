/**
 * The plan engine's transactional steps: claiming due plans with leases, keeping them alive, and
 * the fenced begin and completion of a batch. Nothing here runs by itself yet: the tick that calls
 * these steps on a managed executor, and the HTTP fetching between them, live elsewhere.
 */
package dev.prewarm.application.schedule;
