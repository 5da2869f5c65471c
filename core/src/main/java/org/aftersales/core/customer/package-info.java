/**
 * References to customers without personal data: an id, a type and a preferred contact
 * channel. Names, phones and addresses stay in the host's system.
 */
@NullMarked
package org.aftersales.core.customer;

import org.jspecify.annotations.NullMarked;
