package org.sendinspection.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the model.
 *
 * <p>Accessors are named {@code get*} / {@code is*} because Jakarta Bean Validation only reads
 * constraints on accessors of that form; the prefix is stripped from builder methods and JSON
 * property names, so {@code getOnSiteStart()} is built with {@code onSiteStart(...)} and written as
 * {@code "onSiteStart"}. Generated classes use only the JDK (no Guava at run time).
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    validationMethod = Value.Style.ValidationMethod.MANDATORY_ONLY,
    forceJacksonPropertyNames = false,
    allParameters = false)
public @interface SendStyle {}
