/**
 * Row-axis arg-reduction of columns of one lane type, vectorised across rows: a vector holds the
 * same column's values of 2 (64-bit lanes) or 4 (32-bit lanes) consecutive rows, and the scan
 * walks the columns keeping, per lane, the row's best value and the column it came from. Four
 * vectors are in flight at once, so a step covers 8 or 16 rows.
 *
 * Per column and vector: `m = x < best` (strictly, so the first column wins a tie and -0 ties
 * +0), `best = m ? x : best`, and `index = max(index, m & c)` — columns come in increasing order,
 * so the masked column number is larger than the index it replaces exactly where `m` is set.
 * A NaN never passes the strict compare; floats note in the same pass whether a step met one, and
 * such a step's rows are reduced again one by one with the exact NaN rule.
 */

/**
 * Reduces `rows` rows of `ncols` columns: column c's values start at the address stored as a u32
 * at `table + 4c`. Writes each row's winning column as an i32 at `out`, or -1 for a row whose
 * values are all NaN when NaN is skipped.
 * @param max - floats and 32-bit integers: look for the largest value
 * @param mask - 64-bit integers: values are compared as signed `x ^ mask` (see int64.ts), which
 *   gives the direction and the signedness; 0 for other types
 * @returns the number of rows without a winner
 */
@inline
export function rowExtremes<T>(table: usize, ncols: i32, rows: i32, out: usize, max: bool, skipNaN: bool, mask: i64): i32 {
  const size = <usize>sizeof<T>();
  const stepRows = 4 * <i32>(16 / size);
  const keyMask = i64x2.splat(mask);
  let empty = 0;
  let r = 0;
  for (; r + stepRows <= rows; r += stepRows) {
    const at = <usize>r * size;
    const first = <usize>load<u32>(table) + at;
    let b0 = keys<T>(v128.load(first), keyMask, mask);
    let b1 = keys<T>(v128.load(first, 16), keyMask, mask);
    let b2 = keys<T>(v128.load(first, 32), keyMask, mask);
    let b3 = keys<T>(v128.load(first, 48), keyMask, mask);
    let i0 = v128.splat<i32>(0);
    let i1 = i0;
    let i2 = i0;
    let i3 = i0;
    let nan = isFloat<T>() ? v128.or(v128.or(nanLanes<T>(b0), nanLanes<T>(b1)), v128.or(nanLanes<T>(b2), nanLanes<T>(b3))) : i0;
    for (let c = 1; c < ncols; c++) {
      const p = <usize>load<u32>(table + (<usize>c << 2)) + at;
      const column = size == 8 ? i64x2.splat(<i64>c) : i32x4.splat(c);
      const x0 = keys<T>(v128.load(p), keyMask, mask);
      const x1 = keys<T>(v128.load(p, 16), keyMask, mask);
      const x2 = keys<T>(v128.load(p, 32), keyMask, mask);
      const x3 = keys<T>(v128.load(p, 48), keyMask, mask);
      const m0 = beats<T>(x0, b0, max);
      const m1 = beats<T>(x1, b1, max);
      const m2 = beats<T>(x2, b2, max);
      const m3 = beats<T>(x3, b3, max);
      b0 = keep<T>(b0, x0, m0, max);
      b1 = keep<T>(b1, x1, m1, max);
      b2 = keep<T>(b2, x2, m2, max);
      b3 = keep<T>(b3, x3, m3, max);
      i0 = i32x4.max_u(i0, v128.and(m0, column));
      i1 = i32x4.max_u(i1, v128.and(m1, column));
      i2 = i32x4.max_u(i2, v128.and(m2, column));
      i3 = i32x4.max_u(i3, v128.and(m3, column));
      if (isFloat<T>()) nan = v128.or(nan, v128.or(v128.or(nanLanes<T>(x0), nanLanes<T>(x1)), v128.or(nanLanes<T>(x2), nanLanes<T>(x3))));
    }
    const o = out + (<usize>r << 2);
    if (size == 8) {
      v128.store(o, i8x16.shuffle(i0, i1, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27));
      v128.store(o, i8x16.shuffle(i2, i3, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27), 16);
    } else {
      v128.store(o, i0);
      v128.store(o, i1, 16);
      v128.store(o, i2, 32);
      v128.store(o, i3, 48);
    }
    if (isFloat<T>() && v128.any_true(nan)) {
      for (let k = r; k < r + stepRows; k++) empty += rowExtreme<T>(table, ncols, k, out, max, skipNaN, mask);
    }
  }
  for (; r < rows; r++) empty += rowExtreme<T>(table, ncols, r, out, max, skipNaN, mask);
  return empty;
}

/**
 * Row r alone, value by value, with the exact rule: the first NaN wins unless skipped, otherwise
 * the first column holding the extreme.
 * @returns 1 when the row has no winner, else 0
 */
@inline
function rowExtreme<T>(table: usize, ncols: i32, r: i32, out: usize, max: bool, skipNaN: bool, mask: i64): i32 {
  const at = <usize>r * sizeof<T>();
  let index = -1;
  let best: T = 0;
  for (let c = 0; c < ncols; c++) {
    let x = load<T>(<usize>load<u32>(table + (<usize>c << 2)) + at);
    if (sizeof<T>() == 8 && !isFloat<T>()) x = <T>(<i64>x ^ mask);
    if (isFloat<T>() && x != x) {
      if (skipNaN) continue;
      index = c;
      break;
    }
    if (index < 0 || (max ? x > best : x < best)) {
      best = x;
      index = c;
    }
  }
  store<i32>(out + (<usize>r << 2), index);
  return index < 0 ? 1 : 0;
}

/** The compared form of a vector of values: 64-bit integers become their keys `x ^ mask`. */
@inline
function keys<T>(x: v128, keyMask: v128, mask: i64): v128 {
  return sizeof<T>() == 8 && !isFloat<T>() && mask != 0 ? v128.xor(x, keyMask) : x;
}

/** Lanes where `x` is strictly better than `best`; 64-bit integer keys always compare as a minimum. */
@inline
function beats<T>(x: v128, best: v128, max: bool): v128 {
  if (sizeof<T>() == 8 && !isFloat<T>()) return i64x2.lt_s(x, best);
  return max ? v128.gt<T>(x, best) : v128.lt<T>(x, best);
}

/** The new best per lane: `x` where `m` is set, else `best`. */
@inline
function keep<T>(best: v128, x: v128, m: v128, max: bool): v128 {
  // pmin(best, x) is `x < best ? x : best`: the same selection in one instruction.
  if (isFloat<T>()) return max ? v128.pmax<T>(best, x) : v128.pmin<T>(best, x);
  if (sizeof<T>() == 8) return v128.bitselect(x, best, m);
  return max ? v128.max<T>(best, x) : v128.min<T>(best, x);
}

/** Lanes holding NaN. */
@inline
function nanLanes<T>(x: v128): v128 {
  return v128.ne<T>(x, x);
}
