package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.calendar.DateRange;
import org.immutables.value.Value;

/**
 * The vehicles to call before their service is due (主动预约, DOMAIN §2 step 1), sorted by due
 * date, then contact date, then VIN, with counts of what was scanned and left out. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableProactiveAppointmentList.class)
@JsonDeserialize(as = ImmutableProactiveAppointmentList.class)
public abstract class ProactiveAppointmentList {

  ProactiveAppointmentList() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProactiveAppointmentList}. */
  public static final class Builder extends ImmutableProactiveAppointmentList.Builder {
    Builder() {}
  }

  /**
   * The day the list was made.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The due dates listed, end exclusive (the overdue look-back comes before it).
   *
   * @return the window
   */
  public abstract DateRange window();

  /**
   * The vehicles to call.
   *
   * @return the entries, sorted
   */
  public abstract List<ProactiveEntry> entries();

  /**
   * How many vehicle records were scanned.
   *
   * @return the count
   */
  public abstract long vehiclesScanned();

  /**
   * How many vehicles no plan applied to.
   *
   * @return the count
   */
  public abstract long vehiclesWithoutPlan();

  /**
   * How many vehicles were left out because their customer does not wish to be contacted.
   *
   * @return the count
   */
  public abstract long vehiclesOptedOut();
}
