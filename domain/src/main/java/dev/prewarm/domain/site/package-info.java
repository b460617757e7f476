/**
 * Sites: the hosts an account may warm (exact and wildcard domains), their status and the request
 * profile used to fetch their URLs. How a fetch is performed belongs to {@code fetch} and the
 * outer modules; this package only holds what the operator configured.
 */
package dev.prewarm.domain.site;
