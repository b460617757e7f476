/**
 * JPA converters between the domain's single-value objects and columns. They only translate;
 * a stored value that no longer validates fails loudly rather than being repaired.
 */
package dev.prewarm.persistence.convert;
