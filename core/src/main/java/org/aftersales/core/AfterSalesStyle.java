package org.aftersales.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every aggregate of the library uses, so generated names are uniform.
 *
 * <p>Accessors are plain ({@code vin()}, not {@code getVin()}); the generated {@code Immutable*}
 * implementation is package-private and hidden behind the abstract type; builders are reached
 * through {@code Type.builder()}; a missing required attribute or a {@code null} throws a
 * {@link ValidationException} naming the attribute, never an {@code IllegalStateException} or a
 * {@code NullPointerException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    init = "*",
    typeAbstract = "Abstract*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true, prehash = false),
    jdkOnly = false,
    depluralize = true,
    throwForInvalidImmutableState = MissingFieldException.class,
    throwForNullPointer = NullFieldException.class)
public @interface AfterSalesStyle {}
