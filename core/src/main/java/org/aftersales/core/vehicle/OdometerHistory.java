package org.aftersales.core.vehicle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;

/**
 * A vehicle's odometer readings in chronological order, with rollback detection.
 *
 * <p>Rules: readings are in non-decreasing time order ({@link CoreErrorCode#OUT_OF_ORDER}
 * otherwise); each reading is at least the one before it, compared exactly across units ({@link
 * CoreErrorCode#ODOMETER_ROLLBACK} otherwise), unless it is a {@link
 * OdometerSource#CLUSTER_REPLACEMENT}, which starts a new baseline. Immutable and thread-safe:
 * {@link #append} returns a new history. JSON: the array of readings.
 */
public final class OdometerHistory {

  private static final OdometerHistory EMPTY = new OdometerHistory(ImmutableList.of());

  private final ImmutableList<OdometerReading> readings;

  private OdometerHistory(ImmutableList<OdometerReading> readings) {
    this.readings = readings;
  }

  /**
   * The empty history.
   *
   * @return a history without readings
   */
  public static OdometerHistory empty() {
    return EMPTY;
  }

  /**
   * A history of readings already in chronological order.
   *
   * @param readings the readings, oldest first
   * @return the history
   * @throws ValidationException for readings out of order or a rollback
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OdometerHistory of(List<OdometerReading> readings) {
    Checks.requireNonNull(readings, "readings");
    for (int i = 0; i < readings.size(); i++) {
      Checks.requireNonNull(readings.get(i), "readings[" + i + "]");
      if (i > 0) {
        check(readings.get(i - 1), readings.get(i), "readings[" + i + "]");
      }
    }
    return new OdometerHistory(ImmutableList.copyOf(readings));
  }

  /**
   * This history with one more reading at its end.
   *
   * @param reading a reading not earlier than the last one
   * @return the longer history
   * @throws ValidationException for a reading out of order or a rollback
   */
  public OdometerHistory append(OdometerReading reading) {
    Checks.requireNonNull(reading, "reading");
    if (!readings.isEmpty()) {
      check(readings.get(readings.size() - 1), reading, "reading");
    }
    return new OdometerHistory(
        ImmutableList.<OdometerReading>builderWithExpectedSize(readings.size() + 1)
            .addAll(readings)
            .add(reading)
            .build());
  }

  private static void check(OdometerReading previous, OdometerReading next, String path) {
    if (next.at().isBefore(previous.at())) {
      throw ValidationException.of(
          path + ".at",
          CoreErrorCode.OUT_OF_ORDER,
          "odometer reading at " + next.at() + " is earlier than the previous one at " + previous.at());
    }
    if (!next.isClusterReplacement() && next.distance().compareTo(previous.distance()) < 0) {
      throw ValidationException.of(
          path + ".distance",
          CoreErrorCode.ODOMETER_ROLLBACK,
          "odometer reading "
              + next.distance()
              + " at "
              + next.at()
              + " is below the earlier "
              + previous.distance()
              + " at "
              + previous.at()
              + "; only a CLUSTER_REPLACEMENT reading may go backwards");
    }
  }

  /**
   * The readings, oldest first.
   *
   * @return the readings
   */
  @JsonValue
  public List<OdometerReading> readings() {
    return readings;
  }

  /**
   * The latest reading.
   *
   * @return the last reading, or empty
   */
  public Optional<OdometerReading> latest() {
    return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(readings.size() - 1));
  }

  /**
   * The number of readings.
   *
   * @return the size
   */
  public int size() {
    return readings.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OdometerHistory h && h.readings.equals(readings);
  }

  @Override
  public int hashCode() {
    return readings.hashCode();
  }

  @Override
  public String toString() {
    return "OdometerHistory" + readings;
  }
}
