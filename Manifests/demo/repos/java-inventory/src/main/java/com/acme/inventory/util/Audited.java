package com.acme.inventory.util;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method whose invocations are written to the audit log.
 *
 * <pre>
 * &#64;Audited(action = "ship", level = Audited.Level.WARN)
 * public void ship(...) { ... }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** Short verb describing the audited action. */
    String action();

    /** Severity used when logging the action. */
    Level level() default Level.INFO;

    /** Whether method arguments are included in the audit entry. */
    boolean includeArguments() default true;

    String[] tags() default {};

    enum Level {
        DEBUG,
        INFO,
        WARN
    }
}
