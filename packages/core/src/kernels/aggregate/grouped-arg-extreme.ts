import { type Data, type DataType, Type } from "apache-arrow";
import { ALL_NAN_SLICE, ValueError } from "../../errors.js";
import { type ArgKernel, argKernelFor } from "../arg-kernel.js";
import { orderedAs } from "../ordered-as.js";
import { grown } from "../grown.js";
import { compareScalars, isNaNScalar, type Scalar } from "../scalar.js";
import { perArrayClass, specialise } from "../specialise.js";
import { isNumberType } from "../storage.js";
import type { DirectFold } from "../integer-key-table.js";
import { isValidAt, validityOf } from "../validity.js";
import { directLoopFor } from "./grouped-direct-loop.js";
import { type ArgExtremeOptions, type ArgExtremeState, EMPTY_STATE } from "./arg-extreme.js";
import {
  foldGroupedNumbers,
  foldValidGroupedNumbers,
  type GroupedNumberLoop,
  type GroupedNumberState,
  type ValidGroupedNumberLoop,
} from "./grouped-number-loop.js";

/** What GroupedArgExtreme.save gives. */
interface SavedWinners {
  rows: number;
  batchStart: number;
  groups: number;
  epoch: number;
  changedCount: number;
  state: GroupedNumberState;
  bestScalar: (Scalar | null)[];
}

const NAN_WON = 1;
const NAN_SEEN = 2;

/**
 * Arg-reduction per group, batch after batch: for each group the position of its extreme
 * **within the group** (counting every row of the group, nulls included, in row order), as if
 * argmin ran on the group's own rows. Ties keep the earlier row; NaN propagates unless skipped.
 * Also keeps each winner's global row, for minBy/maxBy.
 *
 * The state is mergeable: `offer` folds in the partial result of a group's later rows computed
 * elsewhere, `merge` a whole state over later rows. Number storage (integers of at most 32 bits,
 * Float32, Float64) runs a monomorphic typed-array loop per batch; other types compare scalars.
 */
export class GroupedArgExtreme {
  private readonly kernel: ArgKernel;
  private readonly sign: number;
  private readonly skipNaN: boolean;
  private readonly numeric: boolean;
  private readonly isNull: boolean;
  private rows = 0;
  private batchStart = 0;
  private groups = 0;
  private epoch = 0;
  private changedCount = 0;
  /** Per group (see GroupedNumberState); `best` holds sign × value for number storage. */
  private state: GroupedNumberState = {
    counts: new Float64Array(0),
    best: new Float64Array(0),
    positions: new Float64Array(0),
    rows: new Float64Array(0),
    flags: new Uint8Array(0),
    stamps: new Int32Array(0),
    changed: new Int32Array(0),
  };
  private bestScalar: (Scalar | null)[] = [];

  /**
   * @param type - the Arrow type of the reduced column
   * @param options - argmax and/or NaN skipping
   */
  constructor(type: DataType, options: ArgExtremeOptions = {}) {
    this.kernel = argKernelFor(orderedAs(type));
    this.sign = options.max ? -1 : 1;
    this.skipNaN = options.skipNaN ?? false;
    this.numeric = isNumberType(type);
    this.isNull = type.typeId === Type.Null;
  }

  /** Number of groups in the state. */
  get groupCount(): number {
    return this.groups;
  }

  /**
   * Folds in one batch.
   * @param groupIds - the dense group id of each row of the batch
   * @param data - the reduced column's chunk for the batch
   * @param groupCount - how many groups exist after this batch
   */
  update(groupIds: Int32Array, data: Data, groupCount: number): void {
    this.grow(groupCount);
    this.epoch++;
    this.changedCount = 0;
    this.batchStart = this.rows;
    if (this.isNull) {
      const counts = this.state.counts;
      for (let r = 0; r < groupIds.length; r++) counts[groupIds[r]]++;
    } else if (this.numeric) {
      const values = data.values as ArrayLike<number>;
      const loops = loopsFor(values);
      const bitmap = validityOf(data);
      const { rows, sign, skipNaN, state, epoch } = this;
      this.changedCount =
        bitmap === null
          ? loops.valid(values, groupIds, rows, sign, skipNaN, state, epoch)
          : loops.masked(values, bitmap, data.offset, groupIds, rows, sign, skipNaN, state, epoch);
    } else {
      this.updateScalars(groupIds, data);
    }
    this.rows += data.length;
  }

  /**
   * Whether {@link GroupedArgExtreme.foldDirect} can fold this chunk: numbers without nulls.
   * @param data - the reduced column's chunk for a batch
   */
  foldsDirect(data: Data): boolean {
    return this.numeric && validityOf(data) === null;
  }

  /**
   * Folds in one batch with the group lookup fused into the loop, for one integer key column
   * without nulls: `group` hands the loop to the key table (GroupIndexer.foldDirect), which runs
   * it over the rows and assigns new keys between its runs. Like `update`, for the rows it covers.
   * @param keys - the batch's key column
   * @param data - the reduced column's chunk for the batch (see `foldsDirect`)
   * @param group - runs the fused loop over the batch; returns how many rows, from the first, it folded
   * @param groupCount - how many groups exist at the moment of the call
   * @returns how many rows were folded; the rest of the batch, if any, goes to `update`
   */
  foldDirect(keys: Data, data: Data, group: (fold: DirectFold) => number, groupCount: () => number): number {
    this.epoch++;
    this.batchStart = this.rows;
    const changed = Int32Array.of(0);
    const folded = group((start, slots, base) => {
      // Chosen once the key table takes the batch: only an integer key column has values to pair.
      const loop = directLoopFor(keys.values, data.values);
      this.grow(groupCount());
      const { rows, sign, skipNaN, state, epoch } = this;
      return loop(keys.values as ArrayLike<number>, data.values as ArrayLike<number>, data.length, start, slots, base, rows, sign, skipNaN, state, epoch, changed);
    });
    this.changedCount = changed[0];
    this.rows += folded;
    return folded;
  }

  /** The groups whose winner changed in the latest `update`, in order of first change. */
  changedGroups(): Int32Array {
    return this.state.changed.subarray(0, this.changedCount);
  }

  /** Group g's winning row within the latest batch (meaningful for its changed groups). */
  batchRowOf(g: number): number {
    return this.state.rows[g] - this.batchStart;
  }

  /**
   * Folds in the partial result of `rows` rows of group g that come after every row folded in.
   * @param g - the group
   * @param partial - the winner among those rows, its index counted within them
   * @param rows - how many rows of the group the partial covers
   * @returns true when the partial's winner became the group's winner
   */
  offer(g: number, partial: ArgExtremeState, rows: number): boolean {
    const won = this.fold(g, partial, this.rows + partial.index);
    this.state.counts[g] += rows;
    this.rows += rows;
    return won;
  }

  /**
   * Folds in a state of the same type and options over rows that come after this one's.
   * @param other - the later state
   * @param mapping - this state's group for each of other's groups; null for the same ids
   * @param onWin - called for each group whose winner came from `other` (this id, other's id)
   */
  merge(other: GroupedArgExtreme, mapping: Int32Array | null = null, onWin?: (g: number, h: number) => void): void {
    for (let h = 0; h < other.groups; h++) {
      const g = mapping === null ? h : mapping[h];
      if (this.fold(g, other.stateOf(h), this.rows + other.state.rows[h])) onWin?.(g, h);
      this.state.counts[g] += other.state.counts[h];
    }
    this.rows += other.rows;
  }

  /** The winners as plain data, for another thread (see the aggregate Reduction's save). */
  save(): unknown {
    const { rows, batchStart, groups, epoch, changedCount, state, bestScalar } = this;
    return { rows, batchStart, groups, epoch, changedCount, state, bestScalar };
  }

  /** Restores what `save` gave into a fresh state of the same type and options. */
  load(saved: unknown): void {
    ({
      rows: this.rows,
      batchStart: this.batchStart,
      groups: this.groups,
      epoch: this.epoch,
      changedCount: this.changedCount,
      state: this.state,
      bestScalar: this.bestScalar,
    } = saved as SavedWinners);
  }

  /** Group g's winner so far, its index counted within the group. */
  stateOf(g: number): ArgExtremeState {
    if (g >= this.groups) return EMPTY_STATE;
    const { positions, flags } = this.state;
    const isNaN = (flags[g] & NAN_WON) !== 0;
    const index = positions[g];
    return { index, value: index < 0 || isNaN ? null : this.valueOf(g), isNaN, sawNaN: (flags[g] & NAN_SEEN) !== 0 || isNaN };
  }

  /**
   * Each group's winning position within the group; null for a group without values.
   * @param groupCount - how many groups to report (groups beyond the state's have no value)
   * @throws ValueError "All-NaN slice encountered" when NaN is skipped and a group holds only NaN
   */
  finish(groupCount = this.groups): (number | null)[] {
    const { positions, flags } = this.state;
    return Array.from({ length: groupCount }, (_, g) => {
      if (g >= this.groups) return null;
      const position = positions[g];
      if (position >= 0) return position;
      if (this.skipNaN && (flags[g] & NAN_SEEN) !== 0) throw new ValueError(ALL_NAN_SLICE);
      return null;
    });
  }

  /** Each group's winning row counted over all rows folded in (null without a winner). */
  winnerRows(): (number | null)[] {
    const { positions, rows } = this.state;
    return Array.from({ length: this.groups }, (_, g) => (positions[g] >= 0 ? rows[g] : null));
  }

  /**
   * Folds in the winner of later rows of group g (its index counted within those rows), leaving
   * the group's row count to the caller.
   * @param row - the winner's row counted over all rows
   * @returns true when it became the group's winner
   */
  private fold(g: number, partial: ArgExtremeState, row: number): boolean {
    this.grow(g + 1);
    const won = partial.index >= 0 && this.take(g, partial.isNaN, partial.value);
    if (won) this.win(g, this.state.counts[g] + partial.index, row, partial.isNaN, partial.value);
    if (partial.sawNaN && this.skipNaN) this.state.flags[g] |= NAN_SEEN;
    return won;
  }

  /** Whether a candidate (a NaN, or a value) from later rows beats group g's current winner. */
  private take(g: number, isNaN: boolean, value: Scalar | null): boolean {
    if (this.state.positions[g] < 0) return true;
    if ((this.state.flags[g] & NAN_WON) !== 0) return false;
    if (isNaN) return true;
    if (this.numeric) return this.sign * (value as number) < this.state.best[g];
    return this.sign * compareScalars(value!, this.bestScalar[g]!) < 0;
  }

  private win(g: number, position: number, row: number, isNaN: boolean, value: Scalar | null): void {
    const { positions, rows, flags, best } = this.state;
    positions[g] = position;
    rows[g] = row;
    if (isNaN) flags[g] |= NAN_WON;
    if (this.numeric) best[g] = isNaN ? -Infinity : this.sign * (value as number);
    else this.bestScalar[g] = isNaN ? null : value;
  }

  private valueOf(g: number): Scalar {
    // `best` holds sign × value; 0 stays 0 rather than turning into -0.
    return this.numeric ? this.sign * this.state.best[g] + 0 : this.bestScalar[g]!;
  }

  private updateScalars(groupIds: Int32Array, data: Data): void {
    const bitmap = validityOf(data);
    const { counts, positions, rows, flags, stamps, changed } = this.state;
    const { bestScalar, sign, skipNaN, kernel, epoch } = this;
    let n = 0;
    for (let r = 0; r < data.length; r++) {
      const g = groupIds[r];
      const position = counts[g]++;
      if ((flags[g] & NAN_WON) !== 0 || !isValidAt(bitmap, data.offset, r)) continue;
      const x = kernel.read(data, r);
      if (isNaNScalar(x)) {
        if (skipNaN) {
          flags[g] |= NAN_SEEN;
          continue;
        }
        flags[g] |= NAN_WON;
        bestScalar[g] = null;
      } else if (positions[g] < 0 || sign * compareScalars(x, bestScalar[g]!) < 0) {
        bestScalar[g] = x;
      } else {
        continue;
      }
      positions[g] = position;
      rows[g] = this.rows + r;
      if (stamps[g] !== epoch) (stamps[g] = epoch), (changed[n++] = g);
    }
    this.changedCount = n;
  }

  private grow(groupCount: number): void {
    if (groupCount <= this.groups) return;
    this.groups = groupCount;
    const s = this.state;
    if (groupCount <= s.counts.length) return;
    // Every array has the length of `counts`, so they all grow to the same size.
    const counts = grown(s.counts, groupCount);
    this.state = {
      counts,
      best: grown(s.best, groupCount, NaN),
      positions: grown(s.positions, groupCount, -1),
      rows: grown(s.rows, groupCount, -1),
      flags: grown(s.flags, groupCount),
      stamps: grown(s.stamps, groupCount),
      // Kept: a batch folded by foldDirect grows the state between runs of its loop.
      changed: grown(s.changed, groupCount),
    };
  }
}

interface NumberLoops {
  readonly valid: ValidGroupedNumberLoop;
  readonly masked: GroupedNumberLoop;
}

const SAMPLE_IDS = Int32Array.of(0, 1, 0, 1);
const SAMPLE_VALUES = Float64Array.of(3, 2, 1, 4);

/** A fresh state for two groups, for checking a loop's copy. */
function sampleState(): GroupedNumberState {
  return {
    counts: new Float64Array(2),
    best: Float64Array.of(NaN, NaN),
    positions: Float64Array.of(-1, -1),
    rows: Float64Array.of(-1, -1),
    flags: new Uint8Array(2),
    stamps: new Int32Array(2),
    changed: new Int32Array(2),
  };
}

/** Throws unless a loop's copy found the sample's winners (positions 1 and 0). */
function expectSample(changed: number, state: GroupedNumberState): void {
  if (changed !== 2 || state.positions[0] !== 1 || state.positions[1] !== 0) throw new Error("specialised grouped loop disagrees");
}

const loopsFor = perArrayClass<NumberLoops>(() => ({
  valid: specialise(foldValidGroupedNumbers, (fold) => {
    const state = sampleState();
    expectSample(fold(SAMPLE_VALUES, SAMPLE_IDS, 0, 1, false, state, 1), state);
  }),
  masked: specialise(foldGroupedNumbers, (fold) => {
    const state = sampleState();
    expectSample(fold(SAMPLE_VALUES, Uint8Array.of(15), 0, SAMPLE_IDS, 0, 1, false, state, 1), state);
  }),
}));

