/**
 * Fetch results over the REST API for the job's owner: a plan's results filtered by outcome, the
 * job's URLs with their last outcome, one URL's history. Thin: parse, call {@code FetchResults}, map.
 */
package dev.prewarm.rest.result;
