package dev.prewarm.application.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A use-case method that changes something: a successful call writes an audit event named {@link #value()}. */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {
    /** The action, {@code noun.verb}: {@code plan.stop}, {@code key.issue}. */
    @Nonbinding
    String value() default "";
}
