/**
 * The operator API under {@code /api/v1/admin}, for scripts and tests that provision Prewarm:
 * HTTP Basic authentication of admin users, and the strict reading of request bodies shared by
 * its resources. Accounts, keys and quotas live in {@code account}, sites in {@code site}.
 */
package dev.prewarm.rest.admin;
