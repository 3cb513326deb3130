/**
 * Typed arrays over blocks of the WebAssembly memory that keep their block alive. Each class
 * extends a standard typed array (so Arrow and users see an ordinary Float64Array, Int32Array…)
 * and carries the {@link Lease} of its block; `subarray`, which Arrow uses to slice columns and
 * `Vector.toArray()` uses to hand values out, passes the lease on. The block is freed when no
 * array carrying its lease is reachable any more, or when its owner releases it explicitly.
 */

/** The right to a block of memory: while a lease is reachable its block is not reused. */
export interface Lease {
  /** The block's address. */
  readonly address: number;
  /** Whether the block has been released (then every view of it may read reused bytes). */
  readonly released: boolean;
  /** Frees the block now; later calls do nothing. */
  release(): void;
}

/** The typed arrays a block can be viewed as. */
export type LeasableArray =
  | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array
  | BigInt64Array | BigUint64Array;

/** A typed array class that {@link leasedClass} can extend. */
export interface LeasableClass<T extends LeasableArray = LeasableArray> {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
  readonly name: string;
}

/** The lease of each leased view; a WeakMap rather than a property, so views print and compare as plain arrays. */
const leases = new WeakMap<ArrayBufferView, Lease>();

const classes = new Map<LeasableClass, LeasableClass>();

/**
 * The subclass of `base` whose instances carry a lease and pass it to their subarrays. Its
 * prototype's `constructor` is `base` itself, so an instance looks like a plain `base` to code
 * that checks (test matchers, `new view.constructor(n)`), and copies made through the species —
 * `slice`, `map`, `filter` — are plain arrays, which need no lease.
 * @param base - a standard typed array class
 * @returns its leased subclass (one per base class)
 */
export function leasedClass<T extends LeasableArray>(base: LeasableClass<T>): LeasableClass<T> {
  let leased = classes.get(base);
  if (leased === undefined) {
    const Base = base as unknown as new (...args: unknown[]) => Float64Array;
    class Leased extends Base {
      override subarray(begin?: number, end?: number): Float64Array {
        const range = super.subarray(begin, end);
        const lease = leases.get(this);
        return lease === undefined ? range : (leasedView(base, range.buffer, range.byteOffset, range.length, lease) as unknown as Float64Array);
      }
    }
    Object.defineProperty(Leased.prototype, "constructor", { value: base, writable: true, configurable: true });
    leased = Leased as unknown as LeasableClass;
    classes.set(base, leased);
  }
  return leased as LeasableClass<T>;
}

/**
 * A view of `length` elements at `address` that keeps `lease` alive.
 * @param base - the element type's standard class
 * @param buffer - the memory's current buffer
 * @param address - the block's address
 * @param length - elements in the view
 * @param lease - the block's lease
 * @returns the view, an instance of `base`
 */
export function leasedView<T extends LeasableArray>(base: LeasableClass<T>, buffer: ArrayBufferLike, address: number, length: number, lease: Lease): T {
  const view = new (leasedClass(base))(buffer, address, length);
  leases.set(view, lease);
  return view;
}

/**
 * The lease a view carries, if it was made by {@link leasedView} or sliced from one.
 * @param view - any typed array
 * @returns its lease, or undefined
 */
export function leaseOf(view: ArrayBufferView): Lease | undefined {
  return leases.get(view);
}

/**
 * The bytes of `bytes` as an array of `arrayClass` that keeps the same lease (a plain view when
 * `bytes` has none), so that a typed view made of a leased block still keeps the block alive.
 * @param arrayClass - the element type
 * @param bytes - a view whose offset is aligned for it
 * @returns the view; its length is the whole elements `bytes` holds
 */
export function retype<T extends LeasableArray>(arrayClass: LeasableClass<T>, bytes: ArrayBufferView): T {
  const length = Math.floor(bytes.byteLength / arrayClass.BYTES_PER_ELEMENT);
  const lease = leases.get(bytes);
  return lease === undefined ? new arrayClass(bytes.buffer, bytes.byteOffset, length) : leasedView(arrayClass, bytes.buffer, bytes.byteOffset, length, lease);
}
