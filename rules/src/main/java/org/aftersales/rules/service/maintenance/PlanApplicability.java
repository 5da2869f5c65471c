package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Year;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.PolicyException;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * Which vehicles a maintenance plan is for: a make, a set of models, a set of powertrains and a
 * range of model years. Each criterion left empty matches every vehicle; a vehicle must match all
 * of them. Makes and models compare ignoring case (independent of the default locale) and
 * surrounding blanks.
 *
 * <p>Rules: model names are non-blank (at most 60 characters); the first model year is not after
 * the last ({@link ServiceErrorCode#MAINTENANCE_APPLICABILITY_INVALID}, as a {@link
 * PolicyException}). Both years are inclusive. Immutable and thread-safe; build with {@link
 * #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePlanApplicability.class)
@JsonDeserialize(as = ImmutablePlanApplicability.class)
public abstract class PlanApplicability {

  PlanApplicability() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanApplicability}; {@code build()} validates. */
  public static final class Builder extends ImmutablePlanApplicability.Builder {
    Builder() {}
  }

  /**
   * Applies to every vehicle.
   *
   * @return the applicability without criteria
   */
  public static PlanApplicability all() {
    return builder().build();
  }

  /**
   * The make, if the plan is for one make.
   *
   * @return the make
   */
  public abstract Optional<String> make();

  /**
   * The models; empty for every model.
   *
   * @return the models
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> models();

  /**
   * The powertrains; empty for every powertrain.
   *
   * @return the powertrains
   */
  @Value.NaturalOrder
  public abstract SortedSet<Powertrain> powertrains();

  /**
   * The first model year covered, inclusive.
   *
   * @return the year
   */
  public abstract Optional<Year> firstModelYear();

  /**
   * The last model year covered, inclusive.
   *
   * @return the year
   */
  public abstract Optional<Year> lastModelYear();

  /**
   * Whether a vehicle matches every criterion.
   *
   * @param vehicle the vehicle
   * @return {@code true} when the plan applies
   */
  public boolean appliesTo(Vehicle vehicle) {
    if (make().isPresent() && !make().get().equalsIgnoreCase(vehicle.make())) {
      return false;
    }
    if (!models().isEmpty() && models().stream().noneMatch(m -> m.equalsIgnoreCase(vehicle.model()))) {
      return false;
    }
    if (!powertrains().isEmpty() && !powertrains().contains(vehicle.powertrain())) {
      return false;
    }
    Year year = vehicle.modelYear();
    if (firstModelYear().isPresent() && year.isBefore(firstModelYear().get())) {
      return false;
    }
    return lastModelYear().isEmpty() || !year.isAfter(lastModelYear().get());
  }

  @Value.Check
  final PlanApplicability normalise() {
    Optional<String> make = make().map(m -> Checks.requireText(m, "make", 40));
    SortedSet<String> models = new TreeSet<>();
    int i = 0;
    for (String m : models()) {
      models.add(Checks.requireText(m, "models[" + i++ + "]", 60));
    }
    if (firstModelYear().isPresent()
        && lastModelYear().isPresent()
        && firstModelYear().get().isAfter(lastModelYear().get())) {
      throw PolicyException.of(
          "lastModelYear",
          ServiceErrorCode.MAINTENANCE_APPLICABILITY_INVALID,
          "lastModelYear "
              + lastModelYear().get()
              + " is before firstModelYear "
              + firstModelYear().get());
    }
    if (make.equals(make()) && models.equals(models())) {
      return this;
    }
    return builder().from(this).make(make).models(models).build();
  }
}
