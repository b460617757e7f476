/**
 * Use cases on instant preload tasks ({@code PreloadCaches}, {@code DescribePreloadTasks}):
 * submission and listing. The lane that executes the tasks will live here too; the rules are the
 * domain's.
 */
package dev.prewarm.application.task;
