package org.aftersales.core.testing;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Fixes the random seed of every jqwik property when the system property {@value #SEED} is set,
 * so that a run repeats exactly: mutation testing (the {@code mutation} profile) needs every test
 * to see the same inputs against every mutant. Registered for all test classes through {@code
 * META-INF/services}; shared with the other modules through core's test jar. Without the system
 * property it does nothing.
 */
public final class FixedSeedHook implements AroundPropertyHook {

  /** The system property holding the seed, for example {@code 42}. */
  public static final String SEED = "aftersales.jqwik.seed";

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public boolean appliesTo(Optional<AnnotatedElement> element) {
    return System.getProperty(SEED) != null;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setSeed(System.getProperty(SEED));
    return property.execute();
  }
}
