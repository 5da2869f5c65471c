package org.aftersales.pricing;

import java.time.DateTimeException;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prices repair work the way a careful service advisor would, to the cent, and explains every
 * amount (DOMAIN §2 step 4, §4). Make one per {@link PricingProfile} with {@link #of} (it compiles
 * the profile's catalogue, rates and prices into indexes once) and call {@link #estimate}, {@link
 * #settle} and {@link #claim} as often as needed. Immutable and thread-safe: share one instance.
 *
 * <h2>How an estimate is computed</h2>
 *
 * <ol>
 *   <li><b>Labour</b> (per job, request order): the catalogue operation's flat-rate hours for the
 *       vehicle (or the hours entered), less shared time with other operations on the order (see
 *       {@link org.aftersales.pricing.catalogue.LabourCatalogue}), × the labour rate for the
 *       operation's skill and the job's pay type effective on the estimate's date, rounded to the
 *       line increment. A system estimate needs the job's system and refuses operations of other
 *       systems.
 *   <li><b>Parts</b>: quantity (rounded up to whole packs) × list price, or × dealer cost plus the
 *       markup matrix's percentage (that unit price rounded to the increment first), rounded; a
 *       core deposit on its own line. Customer-supplied parts are listed at zero with a
 *       no-guarantee warning; aftermarket parts on key components get the same warning (seed
 *       001). <b>Sublets</b> at their price.
 *   <li><b>Risk allowance</b> of each symptom estimate: the profile's percentage of the job's
 *       labour and parts before discounts, capped, on its own line. Item-priced jobs get the
 *       quality caveat warning.
 *   <li><b>Discounts</b>, in this order: scope {@code LINE}, then {@code JOB}, then {@code ORDER};
 *       within a scope percentages before amounts; then profile rules (profile order) before the
 *       advisor's (request order). Each applies to what earlier ones left. A percentage comes off
 *       each eligible line, rounded per line; an amount comes off each line ({@code LINE}), or is
 *       shared pro rata to the lines' amounts ({@code JOB}, {@code ORDER}; the last units go to
 *       the largest remainders). No line goes below zero, nor below its cost (parts at dealer
 *       cost × quantity, sublets at vendor cost) unless the profile allows it; a discount held
 *       back by these floors is marked limited and warned about.
 *   <li><b>Fees</b> after discounts, never discounted: see {@link FeeRule}.
 *   <li><b>Payer splits</b> per job: see {@link EstimateJob}. Order-level fees go to the fee's
 *       payer.
 *   <li><b>Tax</b> per payer and rate, per line or on the total as the {@link
 *       org.aftersales.pricing.tax.TaxPolicy} says, with China's mixed-rate rule; then each
 *       payer's total is rounded with the profile's total rounding, the adjustment shown as a
 *       rounding line.
 * </ol>
 *
 * <p>Every bad input is a {@link ValidationException} naming the request's field (for example
 * {@code jobs[0].parts[1].partNumber}) before anything is returned: unknown op codes and parts,
 * expired or not yet valid prices and rates ({@link PricingErrorCode}), currencies other than the
 * profile's, amounts too large to price ({@link CoreErrorCode#NUMBER_OUT_OF_RANGE}).
 */
public final class Estimator {

  private static final Logger LOG = LoggerFactory.getLogger(Estimator.class);

  private final Compiled compiled;

  private Estimator(Compiled compiled) {
    this.compiled = compiled;
  }

  /**
   * The estimator for a profile.
   *
   * @param profile the pricing profile
   * @return the estimator
   */
  public static Estimator of(PricingProfile profile) {
    Checks.requireNonNull(profile, "profile");
    return new Estimator(new Compiled(profile));
  }

  /**
   * The profile this estimator prices with.
   *
   * @return the profile
   */
  public PricingProfile profile() {
    return compiled.profile;
  }

  Compiled compiled() {
    return compiled;
  }

  /**
   * Prices a request.
   *
   * @param request what to price
   * @return the estimate
   * @throws ValidationException when the request cannot be priced with this profile
   */
  public Estimate estimate(EstimateRequest request) {
    Checks.requireNonNull(request, "request");
    Estimate e;
    try {
      e = new Pricer(compiled, request).estimate();
    } catch (ArithmeticException | DateTimeException ex) {
      throw tooLarge(ex);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "estimate with profile {}: {} lines, {} jobs, total {}",
          compiled.profile.id(),
          e.lines().size(),
          e.jobs().size(),
          e.total());
    }
    return e;
  }

  /**
   * Settles a repair order: prices the actual lines into the final invoice, lists how it differs
   * from the authorized estimate, and flags any amount charged to the customer beyond the
   * consents, under the profile's jurisdiction (see {@link Settlement}).
   *
   * @param request the authorized estimate, the actual lines and the recorded consents
   * @return the settlement
   * @throws ValidationException when the actual lines cannot be priced (paths under {@code
   *     actual}) or the estimate is from another profile
   */
  public Settlement settle(SettlementRequest request) {
    Checks.requireNonNull(request, "request");
    try {
      return Settler.settle(compiled, request);
    } catch (ArithmeticException | DateTimeException ex) {
      throw tooLarge(ex);
    }
  }

  /**
   * Prices a warranty claim: labour at the warranty rate × allowed hours, parts at dealer cost
   * plus the profile's handling percentage (see {@link WarrantyClaim}).
   *
   * @param request the claim's lines
   * @return the claim
   * @throws ValidationException when the claim cannot be priced with this profile
   */
  public WarrantyClaim claim(WarrantyClaimRequest request) {
    Checks.requireNonNull(request, "request");
    try {
      return ClaimPricer.claim(compiled, request);
    } catch (ArithmeticException | DateTimeException ex) {
      throw tooLarge(ex);
    }
  }

  static ValidationException tooLarge(RuntimeException ex) {
    return new ValidationException(
        java.util.List.of(
            new org.aftersales.core.Violation(
                "",
                CoreErrorCode.NUMBER_OUT_OF_RANGE,
                "amounts are too large to price: " + ex.getMessage())),
        ex);
  }
}
