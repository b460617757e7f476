/** Storage of API rate limits: the per-AccessKey token buckets, in plain JDBC under row locks. */
package dev.prewarm.persistence.quota;
