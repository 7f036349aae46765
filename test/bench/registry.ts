/**
 * What the bench measures, as a list others can add to: a measurement is a module that calls
 * `registerMeasurement` and is imported from `measurements/index.ts`. Each returns rows; a row with
 * a reference figure is printed beside it with the ratio (export time, genogram layout or
 * cross-instance fan-out can have none).
 */
import type { Driven } from './child.ts';
import type { SeedReply, SeedRequest } from './protocol.ts';

export interface BenchRow {
  /** Table section, e.g. "fan-out 50 × 15". */
  group: string;
  figure: string;
  unit: string;
  ours: number;
  reference: number | null;
  /** Which way is better, for the "faster" column. */
  better: 'lower' | 'higher';
  /** Target for ours, if the issue sets one (same unit). */
  target?: number;
  /**
   * Ours over the reference in each paired round, in order: the median alone hides whether ours
   * was faster in every round or in one of three (runs on one machine move by tens of per cent).
   */
  perRound?: number[];
}

export interface ServerUnderTest {
  url: string;
  pid: number;
}

export interface BenchContext {
  /** A shorter run for iterating (BENCH_QUICK=1): fewer rounds, shorter windows. */
  quick: boolean;
  /** Paired rounds: each figure is the median over this many (ours, reference) pairs. */
  rounds: number;
  ours: ServerUnderTest & { seed(req: SeedRequest): Promise<SeedReply> };
  reference: ServerUnderTest;
  /** The load generator (real y-websocket clients, in its own process). */
  load: Driven;
  /**
   * All the load generators (BENCH_LOAD_PROCS, `load` first): the fan-out spreads its rooms over
   * them so no one process's event loop sets the figures. The other measurements use `load`.
   */
  loads: Driven[];
  /** Figures one measurement leaves for another (e.g. memory with 50 rooms open, taken during fan-out). */
  notes: Map<string, number>;
  log(line: string): void;
}

export interface Measurement {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

const measurements: Measurement[] = [];

export function registerMeasurement(m: Measurement): void {
  measurements.push(m);
}

export function registeredMeasurements(): readonly Measurement[] {
  return measurements;
}
