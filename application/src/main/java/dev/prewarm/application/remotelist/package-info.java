/**
 * Remote URL lists of jobs ({@code InsertWay=oss}: plain text, {@code InsertWay=sitemap}: sitemaps
 * and sitemap indexes), gzip or not: downloaded through the outbound policy within size and time
 * limits and unpacked into a local spool file of URL lines. Judging the URLs is the job intake's
 * business ({@code job}), not this package's.
 */
package dev.prewarm.application.remotelist;
