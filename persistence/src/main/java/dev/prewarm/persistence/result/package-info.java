/**
 * Fetch results in table fetch_result and each job URL's last outcome in job_url (V7), written in
 * JDBC batches on the batch completion's own transaction. The account scopes every read through
 * the plan or job a result belongs to.
 */
package dev.prewarm.persistence.result;
