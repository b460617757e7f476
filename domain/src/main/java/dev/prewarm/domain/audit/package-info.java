/**
 * The audit log: who changed what, when, in which account. An event is written with the change it
 * records and never altered; reading is paged, newest first, and scoped to what the viewer may see.
 * How actors are recognised (UI session, RPC signature, admin API login) belongs to the edges.
 */
package dev.prewarm.domain.audit;
