/**
 * The person looking at a page: the signed-in user and the account they work in, their language
 * and time zone, and the messages shown to them. Every page bean reads these instead of the
 * servlet request.
 */
package dev.prewarm.web.viewer;
