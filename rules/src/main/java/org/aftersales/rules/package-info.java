/**
 * Rules (DOMAIN §3, §5, §6), one sub-package per capability: warranty and consumer law (China
 * 三包, California lemon law, EU legal guarantee) in {@code warranty} and its siblings; parts
 * reorder, stocking classes and parts KPIs in {@code parts}; maintenance plans, proactive
 * appointment lists, follow-ups and service KPIs in {@code service}.
 *
 * <p>Depends on {@code aftersales-core} only. Pure functions over immutable values; no I/O, no
 * clock.
 */
@NullMarked
package org.aftersales.rules;

import org.jspecify.annotations.NullMarked;
