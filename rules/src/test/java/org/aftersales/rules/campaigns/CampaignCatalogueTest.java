package org.aftersales.rules.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;
import org.junit.jupiter.api.Test;

class CampaignCatalogueTest {

  /** A valid VIN from 16 characters with '?' where the check digit goes. */
  static Vin vin(String withPlaceholder) {
    String s = withPlaceholder.replace('?', '0');
    return Vin.parse(s.substring(0, 8) + Vin.computeCheckDigit(s) + s.substring(9));
  }

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static final Campaign BRAKE_HOSE =
      Campaign.builder()
          .id("24V-101")
          .kind(CampaignKind.SAFETY_RECALL)
          .title("front brake hose may chafe")
          .make("BYD")
          .addModel("Seal")
          .addModelYear(Year.of(2024))
          .addVinRange(new VinRange(vin("LGXCE4CB?R0100000"), vin("LGXCE4CB?R0123456")))
          .launchedOn(LocalDate.of(2025, 2, 1))
          .build();
  static final Campaign SOFTWARE =
      Campaign.builder()
          .id("S-2401")
          .kind(CampaignKind.SERVICE_CAMPAIGN)
          .title("battery management software update")
          .make("byd")
          .addPowertrain(Powertrain.BEV)
          .producedFrom(LocalDate.of(2024, 1, 1))
          .producedThrough(LocalDate.of(2024, 3, 15))
          .launchedOn(LocalDate.of(2024, 9, 1))
          .build();
  static final Campaign SEATS =
      Campaign.builder()
          .id("C-2301")
          .kind(CampaignKind.CUSTOMER_SATISFACTION)
          .title("seat trim extended coverage")
          .make("BYD")
          .launchedOn(LocalDate.of(2023, 1, 1))
          .closedOn(LocalDate.of(2025, 1, 1))
          .build();
  static final Campaign OTHER_MAKE =
      Campaign.builder().id("24V-900").kind(CampaignKind.SAFETY_RECALL).title("airbag inflator").make("Honda")
          .launchedOn(LocalDate.of(2024, 1, 1)).build();
  static final CampaignCatalogue CATALOGUE = CampaignCatalogue.of(List.of(SEATS, SOFTWARE, OTHER_MAKE, BRAKE_HOSE));

  static Vehicle.Builder seal() {
    return Vehicle.builder()
        .vin(vin("LGXCE4CB?R0123456"))
        .make("BYD")
        .model("SEAL")
        .modelYear(Year.of(2024))
        .powertrain(Powertrain.BEV)
        .productionDate(LocalDate.of(2024, 3, 15));
  }

  @Test
  void openCampaignsAreFlaggedSafetyRecallsFirst() {
    List<CampaignMatch> flags = CATALOGUE.openFor(seal().build(), Set.of(), TODAY);
    assertThat(flags).extracting(CampaignMatch::campaignId).containsExactly("24V-101", "S-2401");
    assertThat(flags).extracting(CampaignMatch::applicability).containsOnly(CampaignApplicability.APPLIES);
    assertThat(flags.get(0).reasons()).extracting(Reason::code).containsExactly("CAMPAIGN_APPLIES");
    assertThat(CampaignCatalogue.evaluate(SEATS, seal().build(), Set.of(), TODAY).applicability())
        .isEqualTo(CampaignApplicability.NOT_OPEN);
    assertThat(CampaignCatalogue.evaluate(SEATS, seal().build(), Set.of(), LocalDate.of(2025, 1, 1)).applicability())
        .isEqualTo(CampaignApplicability.APPLIES);
  }

  @Test
  void vinRangesAndProductionWindowsAreInclusive() {
    Vehicle lastSerial = seal().vin(vin("LGXCE4CB?R0123456")).build();
    assertThat(CampaignCatalogue.evaluate(BRAKE_HOSE, lastSerial, Set.of(), TODAY).applicability())
        .isEqualTo(CampaignApplicability.APPLIES);
    CampaignMatch next = CampaignCatalogue.evaluate(BRAKE_HOSE, seal().vin(vin("LGXCE4CB?R0123457")).build(), Set.of(), TODAY);
    assertThat(next.applicability()).isEqualTo(CampaignApplicability.DOES_NOT_APPLY);
    assertThat(next.reasons()).extracting(Reason::code).containsExactly("CAMPAIGN_VIN_OUT_OF_RANGE");
    CampaignMatch later = CampaignCatalogue.evaluate(SOFTWARE, seal().productionDate(LocalDate.of(2024, 3, 16)).build(), Set.of(), TODAY);
    assertThat(later.applicability()).isEqualTo(CampaignApplicability.DOES_NOT_APPLY);
    assertThat(CampaignCatalogue.evaluate(SOFTWARE, seal().productionDate(LocalDate.of(2024, 1, 1)).build(), Set.of(), TODAY)
            .applicability())
        .isEqualTo(CampaignApplicability.APPLIES);
  }

  @Test
  void anUnknownProductionDateNeedsVerificationAndIsFlagged() {
    Vehicle unknown = seal().productionDate(java.util.Optional.empty()).build();
    List<CampaignMatch> flags = CATALOGUE.openFor(unknown, Set.of(), TODAY);
    assertThat(flags).extracting(CampaignMatch::applicability)
        .containsExactly(CampaignApplicability.APPLIES, CampaignApplicability.NEEDS_VERIFICATION);
  }

  @Test
  void completedCampaignsAreNotFlaggedAgain() {
    assertThat(CATALOGUE.openFor(seal().build(), Set.of("24V-101"), TODAY)).extracting(CampaignMatch::campaignId)
        .containsExactly("S-2401");
    assertThat(CampaignCatalogue.evaluate(BRAKE_HOSE, seal().build(), Set.of("24V-101"), TODAY).applicability())
        .isEqualTo(CampaignApplicability.COMPLETED);
  }

  @Test
  void otherModelsYearsAndPowertrainsDoNotMatch() {
    Vehicle dolphin = seal().model("Dolphin").modelYear(Year.of(2025)).powertrain(Powertrain.PHEV).build();
    assertThat(CampaignCatalogue.evaluate(BRAKE_HOSE, dolphin, Set.of(), TODAY).reasons()).extracting(Reason::code)
        .containsExactly("CAMPAIGN_OTHER_MODEL", "CAMPAIGN_OTHER_MODEL_YEAR");
    assertThat(CampaignCatalogue.evaluate(SOFTWARE, dolphin, Set.of(), TODAY).reasons()).extracting(Reason::code)
        .containsExactly("CAMPAIGN_OTHER_POWERTRAIN");
    assertThat(CATALOGUE.openFor(seal().make("Honda").build(), Set.of(), TODAY)).extracting(CampaignMatch::campaignId)
        .containsExactly("24V-900");
  }

  @Test
  void badCampaignDataIsRefused() {
    assertThatThrownBy(() -> new VinRange(vin("LGXCE4CB?R0200000"), vin("LGXCE4CB?R0100000")))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CampaignErrorCode.CAMPAIGN_VIN_RANGE_ORDER);
    assertThatThrownBy(() -> Campaign.builder().from(SOFTWARE).producedThrough(LocalDate.of(2023, 12, 31)).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CampaignErrorCode.CAMPAIGN_INVALID);
    assertThatThrownBy(() -> CampaignCatalogue.of(List.of(SEATS, SEATS)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void catalogueAndMatchesRoundTripThroughJson() {
    AfterSalesJson json = AfterSalesJson.strict();
    assertThat(json.read(json.write(CATALOGUE), CampaignCatalogue.class)).isEqualTo(CATALOGUE);
    for (CampaignMatch m : CATALOGUE.openFor(seal().build(), Set.of(), TODAY)) {
      assertThat(json.read(json.write(m), CampaignMatch.class)).isEqualTo(m);
    }
  }
}
