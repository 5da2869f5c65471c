/**
 * Internals of the warranty and consumer-law rules, not part of the library's API: {@link
 * org.aftersales.rules.warranty.internal.ReasonTemplate}, reasons built on hot paths without
 * re-reading their templates.
 */
@NullMarked
package org.aftersales.rules.warranty.internal;

import org.jspecify.annotations.NullMarked;
