/** Schema ownership: Flyway migrations, applied at start-up before anything touches a table. */
package dev.prewarm.persistence.schema;
