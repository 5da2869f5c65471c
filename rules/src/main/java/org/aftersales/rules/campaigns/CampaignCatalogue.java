package org.aftersales.rules.campaigns;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.vehicle.Vehicle;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recalls and campaigns a dealer knows of, and which of them apply to a vehicle: {@link
 * #openFor} flags the open ones at check-in (DOMAIN §2 step 3), {@link #evaluate} explains one.
 *
 * <p>A campaign applies when every criterion it sets matches (make and model ignoring case, model
 * year, powertrain, a VIN range, the production window, all inclusive). When only the production
 * date is unknown and the campaign has a production window, the answer is {@link
 * CampaignApplicability#NEEDS_VERIFICATION}, flagged too: a dealer checks rather than misses a
 * recall. A campaign the vehicle already had is {@link CampaignApplicability#COMPLETED}; one not
 * open on the date asked is {@link CampaignApplicability#NOT_OPEN}.
 *
 * <p>Flags come in a fixed order: {@link CampaignKind} (safety recalls first), then launch date,
 * then id. The catalogue indexes campaigns by make once, so a check scans only the vehicle's
 * make. Rules checked on build: campaign ids unique. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableCampaignCatalogue.class)
@JsonDeserialize(as = ImmutableCampaignCatalogue.class)
public abstract class CampaignCatalogue {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignCatalogue.class);

  private static final Comparator<Campaign> FLAG_ORDER =
      Comparator.comparing(Campaign::kind).thenComparing(Campaign::launchedOn).thenComparing(Campaign::id);

  CampaignCatalogue() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CampaignCatalogue}; {@code build()} validates. */
  public static final class Builder extends ImmutableCampaignCatalogue.Builder {
    Builder() {}
  }

  /**
   * A catalogue of campaigns.
   *
   * @param campaigns the campaigns
   * @return the catalogue
   */
  public static CampaignCatalogue of(Iterable<Campaign> campaigns) {
    return builder().addAllCampaigns(campaigns).build();
  }

  /**
   * The campaigns.
   *
   * @return the campaigns
   */
  public abstract List<Campaign> campaigns();

  /**
   * Campaigns by upper-cased make, in flag order.
   *
   * @return the index
   */
  @Value.Lazy
  Map<String, List<Campaign>> byMake() {
    Map<String, List<Campaign>> m = new HashMap<>();
    for (Campaign c : campaigns()) {
      m.computeIfAbsent(c.make().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
    }
    m.replaceAll((k, v) -> v.stream().sorted(FLAG_ORDER).toList());
    return Map.copyOf(m);
  }

  /**
   * The campaigns to flag at check-in: those that apply or need verification, open on {@code
   * asOf}, and not yet performed.
   *
   * @param vehicle the vehicle
   * @param completedCampaignIds ids of campaigns already performed on it
   * @param asOf the date of the check-in
   * @return the flags, safety recalls first
   */
  public List<CampaignMatch> openFor(Vehicle vehicle, Set<String> completedCampaignIds, LocalDate asOf) {
    Checks.requireNonNull(vehicle, "vehicle");
    Checks.requireNonNull(completedCampaignIds, "completedCampaignIds");
    Checks.requireNonNull(asOf, "asOf");
    List<CampaignMatch> out = new ArrayList<>(2);
    for (Campaign c : byMake().getOrDefault(vehicle.make().toUpperCase(Locale.ROOT), List.of())) {
      CampaignMatch m = evaluate(c, vehicle, completedCampaignIds, asOf);
      if (m.applicability() == CampaignApplicability.APPLIES
          || m.applicability() == CampaignApplicability.NEEDS_VERIFICATION) {
        out.add(m);
      }
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("open campaigns at check-in: {}", out.stream().map(CampaignMatch::campaignId).toList());
    }
    return out;
  }

  /**
   * Whether one campaign applies to a vehicle, with a reason per criterion.
   *
   * @param campaign the campaign
   * @param vehicle the vehicle
   * @param completedCampaignIds ids of campaigns already performed on it
   * @param asOf the date asked about
   * @return the match
   */
  public static CampaignMatch evaluate(
      Campaign campaign, Vehicle vehicle, Set<String> completedCampaignIds, LocalDate asOf) {
    Checks.requireNonNull(campaign, "campaign");
    Checks.requireNonNull(vehicle, "vehicle");
    List<Reason> why = new ArrayList<>(3);
    boolean fails = false;
    boolean unknown = false;
    if (!campaign.make().equalsIgnoreCase(vehicle.make())) {
      fails = true;
      why.add(Reason.of("CAMPAIGN_OTHER_MAKE", "the campaign is for {make}", "make", campaign.make()));
    }
    if (!campaign.models().isEmpty()
        && campaign.models().stream().noneMatch(m -> m.equalsIgnoreCase(vehicle.model()))) {
      fails = true;
      why.add(Reason.of("CAMPAIGN_OTHER_MODEL", "the campaign is for models {models}", "models",
          campaign.models().stream().sorted().toList()));
    }
    if (!campaign.modelYears().isEmpty() && !campaign.modelYears().contains(vehicle.modelYear())) {
      fails = true;
      why.add(Reason.of("CAMPAIGN_OTHER_MODEL_YEAR", "the campaign is for model years {years}", "years",
          campaign.modelYears().stream().sorted().toList()));
    }
    if (!campaign.powertrains().isEmpty() && !campaign.powertrains().contains(vehicle.powertrain())) {
      fails = true;
      why.add(Reason.of("CAMPAIGN_OTHER_POWERTRAIN", "the campaign is for {powertrains} vehicles", "powertrains",
          campaign.powertrains().stream().sorted().toList()));
    }
    if (!campaign.vinRanges().isEmpty() && campaign.vinRanges().stream().noneMatch(r -> r.contains(vehicle.vin()))) {
      fails = true;
      why.add(Reason.of("CAMPAIGN_VIN_OUT_OF_RANGE", "the VIN is in none of the campaign's {count} VIN ranges",
          "count", campaign.vinRanges().size()));
    }
    if (campaign.hasProductionWindow()) {
      if (vehicle.productionDate().isEmpty()) {
        unknown = true;
        why.add(Reason.of("CAMPAIGN_PRODUCTION_DATE_UNKNOWN",
            "the campaign covers production from {from} through {through}; the vehicle's production date is unknown",
            "from", campaign.producedFrom().map(Object::toString).orElse("the start"),
            "through", campaign.producedThrough().map(Object::toString).orElse("today")));
      } else {
        LocalDate p = vehicle.productionDate().get();
        boolean in = campaign.producedFrom().map(f -> !p.isBefore(f)).orElse(true)
            && campaign.producedThrough().map(t -> !p.isAfter(t)).orElse(true);
        if (!in) {
          fails = true;
          why.add(Reason.of("CAMPAIGN_PRODUCED_OUTSIDE_WINDOW",
              "produced on {produced}, outside the campaign's window", "produced", p));
        }
      }
    }
    CampaignApplicability a;
    if (fails) {
      a = CampaignApplicability.DOES_NOT_APPLY;
    } else if (completedCampaignIds.contains(campaign.id())) {
      a = CampaignApplicability.COMPLETED;
      why.add(Reason.of("CAMPAIGN_COMPLETED", "campaign {id} was already performed on this vehicle", "id", campaign.id()));
    } else if (asOf.isBefore(campaign.launchedOn()) || campaign.closedOn().map(asOf::isAfter).orElse(false)) {
      a = CampaignApplicability.NOT_OPEN;
      why.add(Reason.of("CAMPAIGN_NOT_OPEN", "campaign {id} is open from {from} through {through}",
          "id", campaign.id(), "from", campaign.launchedOn(),
          "through", campaign.closedOn().map(Object::toString).orElse("further notice")));
    } else if (unknown) {
      a = CampaignApplicability.NEEDS_VERIFICATION;
    } else {
      a = CampaignApplicability.APPLIES;
      why.add(Reason.of("CAMPAIGN_APPLIES", "{kind} {id} applies: {title}",
          "kind", campaign.kind(), "id", campaign.id(), "title", campaign.title()));
    }
    return CampaignMatch.builder()
        .campaignId(campaign.id())
        .kind(campaign.kind())
        .title(campaign.title())
        .applicability(a)
        .reasons(why)
        .build();
  }

  @Value.Check
  final void check() {
    Checks.requireUnique(campaigns(), Campaign::id, "campaigns");
  }
}
