import type { ColumnInput, System } from "../system.js";

/*
 * The loop a user would write by hand. Each array type gets its own function, as it would in user
 * code: one shared function would see several array types and be deoptimised to a slower
 * polymorphic loop, understating the baseline.
 */

function argminFloat64(a: Float64Array): number {
  let best = a[0];
  let bi = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] < best) {
      best = a[i];
      bi = i;
    }
  }
  return bi;
}

function argmaxFloat64(a: Float64Array): number {
  let best = a[0];
  let bi = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] > best) {
      best = a[i];
      bi = i;
    }
  }
  return bi;
}

function argminInt32(a: Int32Array): number {
  let best = a[0];
  let bi = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] < best) {
      best = a[i];
      bi = i;
    }
  }
  return bi;
}

function argminBigInt64(a: BigInt64Array): number {
  let best = a[0];
  let bi = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] < best) {
      best = a[i];
      bi = i;
    }
  }
  return bi;
}

function argminFloat64Nullable(a: Float64Array, validity: Uint8Array): number {
  let best = 0;
  let bi = -1;
  for (let i = 0; i < a.length; i++) {
    if ((validity[i >> 3] >> (i & 7)) & 1) {
      if (bi < 0 || a[i] < best) {
        best = a[i];
        bi = i;
      }
    }
  }
  return bi;
}

export const plainLoop = {
  argminFloat64: {
    name: "plain-loop",
    variant: "for over Float64Array",
    run: (input) => argminFloat64(input.values as Float64Array),
  },
  argmaxFloat64: {
    name: "plain-loop",
    variant: "for over Float64Array",
    run: (input) => argmaxFloat64(input.values as Float64Array),
  },
  argminInt32: {
    name: "plain-loop",
    variant: "for over Int32Array",
    run: (input) => argminInt32(input.values as Int32Array),
  },
  argminBigInt64: {
    name: "plain-loop",
    variant: "for over BigInt64Array",
    run: (input) => argminBigInt64(input.values as BigInt64Array),
  },
  argminFloat64Nullable: {
    name: "plain-loop",
    variant: "for over Float64Array, testing each validity bit",
    run: (input) => argminFloat64Nullable(input.values as Float64Array, input.validity!),
  },
} satisfies Record<string, System>;
