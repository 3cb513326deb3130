/**
 * Adoption of foreign buffers: values that live outside the heap (a table made by apache-arrow,
 * a typed array the user passed in) are copied into the heap once, the first time a kernel needs
 * them there, and the copy is cached with the object that owns them (an Arrow `Data`) for as long
 * as that object lives, so every later query over the same frame scans the copy in place. Arrow
 * buffers are immutable: values changed under a frame after its first scan keep being read as
 * they were.
 */

import type { Heap } from "./heap.js";
import type { LeasableArray, LeasableClass } from "./leased-array.js";

const copies = new WeakMap<object, LeasableArray>();
const adoptable = new WeakSet<object>();

/**
 * Marks objects whose values may be adopted: the chunks of a materialised frame, which queries
 * read again and again. A streamed batch is read once, so copying it would gain nothing.
 * @param owners - the chunks (Arrow Data)
 */
export function markAdoptable(owners: Iterable<object>): void {
  for (const owner of owners) adoptable.add(owner);
}

/**
 * The values as an array in the heap: themselves when they lie there, else the copy cached for
 * `owner`, made now if there is none and the owner was marked adoptable.
 * @param heap - the heap
 * @param owner - the object the values belong to, which keeps the copy alive (an Arrow Data)
 * @param values - the values
 * @returns an array of equal contents whose `byteOffset` is an address in the heap, or null when
 *   the owner is not adoptable or the heap has no room for a copy
 * @example adoptInHeap(heap, data, data.values)
 */
export function adoptInHeap<T extends LeasableArray>(heap: Heap, owner: object, values: T): T | null {
  if (heap.holds(values)) return values;
  const cached = copies.get(owner);
  if (cached !== undefined && cached.length === values.length) return cached as T;
  if (!adoptable.has(owner)) return null;
  const copy = heap.allocate(values.constructor as LeasableClass<T>, values.length);
  if (copy === null) return null;
  copy.set(values as never);
  copies.set(owner, copy);
  return copy;
}

/**
 * Whether `owner` has a copy of its values in the heap; for tests.
 * @param owner - an object passed to {@link adoptInHeap}
 */
export function isAdopted(owner: object): boolean {
  return copies.has(owner);
}
