/**
 * How errors name a Blob: a File by its name, any other Blob by its size.
 * @param blob - the input
 * @returns the name
 * @example blobName(new File([], "flights.arrow")) // "flights.arrow"
 */
export function blobName(blob: Blob): string {
  const name = (blob as { name?: unknown }).name;
  return typeof name === "string" && name !== "" ? name : `<Blob of ${blob.size} bytes>`;
}
