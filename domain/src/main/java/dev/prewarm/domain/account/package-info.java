/**
 * Accounts (tenants, the {@code AliUid}) and their AccessKeys. Secrets arrive here already sealed:
 * encrypting, hashing and signature verification are done by the outer modules.
 */
package dev.prewarm.domain.account;
