/**
 * RFC 9457 problem details for the whole {@code /api/v1} API: one exception mapper that turns
 * domain errors, malformed bodies, unknown paths and unexpected failures into
 * {@code application/problem+json}. The ESA envelope at the context root is not made here.
 */
package dev.prewarm.rest.problem;
