/**
 * Reading fetch results: a plan's results paged and filtered by outcome, one job URL's history, a
 * job's URLs with their last outcome, and the retention purge. Writing them is the batch
 * completion's business ({@code schedule}), in its fenced transaction.
 */
package dev.prewarm.application.result;
