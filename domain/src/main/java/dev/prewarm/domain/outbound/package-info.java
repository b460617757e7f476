/**
 * The outbound policy against SSRF (PRODUCT.md §2): reading IP literals in every form a resolver or
 * browser accepts, and deciding per resolved address whether a connection may go there. No DNS and
 * no sockets here: resolving, pinning and connecting belong to the engine in {@code application}.
 */
package dev.prewarm.domain.outbound;
