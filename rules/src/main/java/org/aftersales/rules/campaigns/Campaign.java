package org.aftersales.rules.campaigns;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Powertrain;
import org.immutables.value.Value;

/**
 * A manufacturer's recall or campaign and the vehicles it applies to: by make, models, model
 * years, powertrains, VIN ranges and a production-date window (all inclusive). An empty set or
 * list means "any". Make and model compare ignoring case (in {@code Locale.ROOT}). The campaign is
 * open from {@link #launchedOn()} through {@link #closedOn()}, inclusive.
 *
 * <p>Rules checked on build: id an identifier, title non-blank (at most 200 characters), make
 * non-blank; production window and campaign dates in order ({@link
 * CampaignErrorCode#CAMPAIGN_INVALID}). Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableCampaign.class)
@JsonDeserialize(as = ImmutableCampaign.class)
public abstract class Campaign {

  Campaign() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Campaign}; {@code build()} validates. */
  public static final class Builder extends ImmutableCampaign.Builder {
    Builder() {}
  }

  /**
   * The manufacturer's campaign number, for example {@code 24V-123} or {@code S2401}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The kind.
   *
   * @return the kind
   */
  public abstract CampaignKind kind();

  /**
   * What the campaign fixes.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The make.
   *
   * @return the make
   */
  public abstract String make();

  /**
   * The models; empty for every model of the make.
   *
   * @return the models
   */
  public abstract Set<String> models();

  /**
   * The model years; empty for every year.
   *
   * @return the years
   */
  public abstract Set<Year> modelYears();

  /**
   * The powertrains; empty for every powertrain.
   *
   * @return the powertrains
   */
  public abstract Set<Powertrain> powertrains();

  /**
   * VIN ranges; empty for every VIN.
   *
   * @return the ranges
   */
  public abstract List<VinRange> vinRanges();

  /**
   * The first production date concerned, inclusive.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> producedFrom();

  /**
   * The last production date concerned, inclusive.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> producedThrough();

  /**
   * The day the campaign opened.
   *
   * @return the date
   */
  public abstract LocalDate launchedOn();

  /**
   * The last day of the campaign, if it is closed or ends.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> closedOn();

  /**
   * Whether the campaign has a production-date window.
   *
   * @return {@code true} when it has one
   */
  public boolean hasProductionWindow() {
    return producedFrom().isPresent() || producedThrough().isPresent();
  }

  @Value.Check
  final void check() {
    Checks.requireIdentifier(id(), "id");
    Checks.requireText(title(), "title", 200);
    Checks.requireText(make(), "make", 40);
    if (producedFrom().isPresent() && producedThrough().isPresent()) {
      Checks.require(
          !producedThrough().get().isBefore(producedFrom().get()),
          "producedThrough",
          CampaignErrorCode.CAMPAIGN_INVALID,
          "campaign %s: producedThrough %s is before producedFrom %s",
          id(),
          producedThrough().get(),
          producedFrom().get());
    }
    closedOn()
        .ifPresent(
            c ->
                Checks.require(
                    !c.isBefore(launchedOn()),
                    "closedOn",
                    CampaignErrorCode.CAMPAIGN_INVALID,
                    "campaign %s: closedOn %s is before launchedOn %s",
                    id(),
                    c,
                    launchedOn()));
  }
}
