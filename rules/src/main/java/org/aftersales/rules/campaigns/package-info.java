/**
 * Recall and campaign applicability (DOMAIN §2 step 3): a {@link
 * org.aftersales.rules.campaigns.CampaignCatalogue} of manufacturer {@link
 * org.aftersales.rules.campaigns.Campaign}s, each scoped by make, models, model years,
 * powertrains, {@link org.aftersales.rules.campaigns.VinRange}s and a production-date window,
 * flags the open ones at check-in with reasons ({@link
 * org.aftersales.rules.campaigns.CampaignMatch}), safety recalls first.
 *
 * <p>Every type is immutable and thread-safe; every value round-trips through {@code
 * AfterSalesJson}.
 */
@NullMarked
package org.aftersales.rules.campaigns;

import org.jspecify.annotations.NullMarked;
