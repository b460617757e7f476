/**
 * Integration tests against the real WAR on a real Payara Micro: in-container tests that call the
 * use cases, and black-box tests over HTTP. Boots are expensive, so classes are few and each
 * covers a lot.
 */
package dev.prewarm.it;
