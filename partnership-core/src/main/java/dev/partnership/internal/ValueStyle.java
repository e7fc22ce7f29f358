package dev.partnership.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's one Immutables style, applied in each value package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes stay package-private: users see the abstract value type,
 * its {@code of(..)} factories and its nested {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    allParameters = false)
public @interface ValueStyle {}
