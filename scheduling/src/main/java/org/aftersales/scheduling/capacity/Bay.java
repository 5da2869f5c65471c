package org.aftersales.scheduling.capacity;

import java.util.Comparator;
import org.aftersales.core.Checks;

/**
 * One bay of the workshop (工位): a lift, an alignment rig, an EV-capable bay, a paint booth. The
 * {@link org.aftersales.scheduling.dispatch.Dispatcher} never puts two jobs in one bay at the same
 * time; the appointment book counts each type's bay-hours per day.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"id":"L1","type":"LIFT"}}.
 *
 * @param id the bay's identifier, unique within the workshop
 * @param type what kind of bay it is
 */
public record Bay(String id, BayType type) implements Comparable<Bay> {

  private static final Comparator<Bay> ORDER =
      Comparator.comparing(Bay::id).thenComparing(Bay::type);

  /** Validates the identifier. */
  public Bay {
    Checks.requireIdentifier(id, "id");
    Checks.requireNonNull(type, "type");
  }

  /**
   * A bay.
   *
   * @param id its identifier
   * @param type its type
   * @return the bay
   */
  public static Bay of(String id, BayType type) {
    return new Bay(id, type);
  }

  @Override
  public int compareTo(Bay o) {
    return ORDER.compare(this, o);
  }
}
