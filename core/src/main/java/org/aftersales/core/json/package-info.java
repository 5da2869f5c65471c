/**
 * JSON for every public value: the {@link org.aftersales.core.json.AfterSalesModule} for Jackson
 * and {@link org.aftersales.core.json.AfterSalesJson}, a hardened mapper factory and reader that
 * turns every bad document into a {@link org.aftersales.core.ValidationException} with a JSON
 * path, in milliseconds.
 */
@NullMarked
package org.aftersales.core.json;

import org.jspecify.annotations.NullMarked;
