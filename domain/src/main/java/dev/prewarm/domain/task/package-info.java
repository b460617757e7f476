/**
 * Instant preload tasks ({@code PreloadCaches}): the submission rule for a call's URL list and
 * headers, and the task aggregate (one per URL) whose status the engine moves to Complete or
 * Failed. Executing the fetches belongs to the outer modules; scheduled jobs live in {@code job}.
 */
package dev.prewarm.domain.task;
