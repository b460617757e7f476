/**
 * Admin endpoints for accounts (tenants), their quota overrides and their AccessKey pairs, with
 * the JSON records they answer. Sites of an account are in {@code admin.site}.
 */
package dev.prewarm.rest.admin.account;
