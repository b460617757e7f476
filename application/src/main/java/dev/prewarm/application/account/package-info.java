/**
 * Use cases on accounts, quotas and AccessKey pairs, and the sealing of AccessKey secrets at
 * rest. Signature verification itself belongs to the RPC edge; it asks {@link
 * dev.prewarm.application.account.AccessKeys} for the key.
 */
package dev.prewarm.application.account;
