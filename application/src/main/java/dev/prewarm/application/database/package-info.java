/** Access to the database for code that needs raw JDBC: migrations and health probes. */
package dev.prewarm.application.database;
