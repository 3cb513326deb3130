/**
 * A Node.js Readable stream, as far as Quiver uses one: its chunks by async iteration, `destroy`
 * to stop it, and the methods that tell it from other iterables. Declared here, not taken from
 * `node:stream`, so the published types need no Node type definitions in a browser project.
 */
export interface Readable extends AsyncIterable<unknown> {
  pipe(...args: never[]): unknown;
  read(...args: never[]): unknown;
  destroy(...args: never[]): unknown;
}
