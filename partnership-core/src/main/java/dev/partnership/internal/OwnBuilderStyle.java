package dev.partnership.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style ({@link ValueStyle}) for a value whose nested {@code Builder} is
 * written by hand: the generated builder does not extend it (Immutables looks for a nested class
 * called {@code GeneratedBuilderBase} instead, which does not exist), its factory is {@code
 * generatedBuilder()} (the value's own {@code builder()} returns the hand-written one) and it stays
 * package-private, so only the value's own package uses it.
 *
 * <p>{@code Partnership} uses it: its hand-written builder keeps the members in a persistent table,
 * which the generated builder would copy on every change.
 */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    allParameters = false,
    typeInnerBuilder = "GeneratedBuilderBase",
    builder = "generatedBuilder")
public @interface OwnBuilderStyle {}
