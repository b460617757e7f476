package dev.prewarm.application.concurrency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a transactional use case again, in a fresh transaction, when its commit lost an
 * optimistic-locking race: concurrent commands on one plan or job are linearized and none is
 * lost (API.md §5).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnConflict {}
