/**
 * Storage of the domain: JPA (EclipseLink) mappings in {@code META-INF/orm-*.xml}, repositories
 * implementing the domain's ports, and the Flyway migrations that own the schema. Every query of
 * account-owned data takes the account; no business rule lives here.
 */
package dev.prewarm.persistence;
