package org.aftersales.benchmarks;

import java.util.concurrent.TimeUnit;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Core hot paths. Workload: strict parsing of one 17-character VIN (check digit and model-year
 * code validated); reading one vehicle document of 110 bytes with the hardened mapper.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoreBenchmark {

  static final String VEHICLE =
      "{\"vin\":\"LGXCE4CB5R0123456\",\"make\":\"BYD\",\"model\":\"Seal\",\"modelYear\":2024,"
          + "\"powertrain\":\"BEV\"}";

  /**
   * Parses a VIN strictly.
   *
   * @return the VIN
   */
  @Benchmark
  public Vin parseVin() {
    return Vin.parse("LGXCE4CB5R0123456");
  }

  /**
   * Reads a vehicle from JSON.
   *
   * @return the vehicle
   */
  @Benchmark
  public Vehicle readVehicleJson() {
    return AfterSalesJson.strict().read(VEHICLE, Vehicle.class);
  }
}
