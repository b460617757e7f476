/**
 * Verification of AccessKey request signatures on the ESA-compatible RPC endpoint (API.md §2):
 * ACS3-HMAC-SHA256 (V3) and HMAC-SHA1 (V2), the timestamp window and the replay check. Pure logic
 * on a {@link dev.prewarm.rest.rpc.signature.SignedRequest}; reading the HTTP request, choosing the
 * action and mapping errors to responses belong to the RPC endpoint around it.
 */
package dev.prewarm.rest.rpc.signature;
