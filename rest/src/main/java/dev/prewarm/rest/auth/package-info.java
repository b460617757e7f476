/**
 * Credentials of the REST API: HTTP Basic parsing shared by the admin API (users) and the tenant
 * API (AccessKey pairs). The RPC endpoint's signatures live in {@code rpc.signature}.
 */
package dev.prewarm.rest.auth;
