/**
 * Everything that runs: transactional use cases called by the REST API and the admin UI, the
 * start-up sequence, and (later) the plan scheduler and HTTP preloader. No HTTP-inbound code and
 * no EntityManager outside the persistence module.
 */
package dev.prewarm.application;
