/** The start-up sequence: schema migration, then the first operator account. */
package dev.prewarm.application.startup;
