package dev.prewarm.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /api/v1}. Not at {@code /*}: the context root itself belongs to the
 * ESA-compatible RPC servlet. Resources and providers are found by scanning, so each API package
 * adds its own without touching this class.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
