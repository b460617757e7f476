/** Storage of ClientToken responses, in plain JDBC on the transaction that creates the objects. */
package dev.prewarm.persistence.idempotency;
