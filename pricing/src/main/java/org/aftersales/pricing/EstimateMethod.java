package org.aftersales.pricing;

/**
 * The three estimating methods of the 4S service process (seed 001, DOMAIN §2 step 4).
 */
public enum EstimateMethod {
  /**
   * System estimate (系统估价): the job is priced by the vehicle system the fault is in; it names
   * the system and every operation with a system must belong to it.
   */
  SYSTEM,
  /**
   * Symptom estimate (现象估价): priced to remove a symptom when the system is not yet known;
   * riskier, so the job carries the profile's risk allowance as its own line.
   */
  SYMPTOM,
  /**
   * Item price (项目定价): per work item, for simple or customer-specified work; the estimate warns
   * that quality cannot always be guaranteed, to be told to the customer beforehand.
   */
  ITEM
}
