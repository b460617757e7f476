/**
 * The inbound HTTP interfaces: the ESA-compatible RPC endpoint at the web root ({@code rpc}), the
 * REST API under {@code /api/v1}, their authentication and their error mapping. Handlers parse
 * wire values into domain value objects, call one use case and map the result; no business rule
 * and no EntityManager here.
 */
package dev.prewarm.rest;
