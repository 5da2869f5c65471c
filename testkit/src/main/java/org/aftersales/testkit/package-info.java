/**
 * Test support for hosts: jqwik generators of the library's values and invariant checkers to run
 * against a host's own configuration and data.
 */
@NullMarked
package org.aftersales.testkit;

import org.jspecify.annotations.NullMarked;
