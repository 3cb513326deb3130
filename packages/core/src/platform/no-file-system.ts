/**
 * Thrown in a browser by what needs Node's file system: reading or writing a path, the sinks,
 * temporary files, the DuckDB engine.
 */
export class NoFileSystemError extends Error {
  override readonly name = "NoFileSystemError";

  /** @param what - what was asked for, e.g. "sinkIpc" or "reading a file by path" */
  constructor(readonly what: string) {
    super(
      `${what} needs Node's file system, which the browser build of Quiver does not have: read a File, Blob, URL, Response or bytes, and take results with collect() or stream()`,
    );
  }
}
