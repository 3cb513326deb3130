/**
 * Object keys looked up by their bytes. Lines of NDJSON usually list the same keys in the same
 * order, so each lookup first tries the key after the previous one, comparing bytes; only a miss
 * decodes the key.
 */
export class KeyIndex {
  private readonly keys: Uint8Array[] = [];
  /** Whether each key holds a backslash, which a line would have to escape. */
  private readonly escapes: boolean[] = [];
  private readonly byName = new Map<string, number>();
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();

  /**
   * @param names - the known keys, in column order
   * @param discover - whether an unknown key becomes a new column (while sampling)
   */
  constructor(
    names: readonly string[],
    private readonly discover: boolean,
  ) {
    for (const name of names) this.add(name);
  }

  /** The keys, in the order they were first seen. */
  get names(): string[] {
    return [...this.byName.keys()];
  }

  /**
   * The column of the key in `bytes[start, end)` (inside its quotes), or -1 when it is unknown.
   * @param hint - the column expected here (the one after the previous key's)
   */
  lookup(bytes: Uint8Array, start: number, end: number, hint: number): number {
    // Bytes equal to a key without a backslash hold no escape either: they are that key.
    if (hint < this.keys.length && !this.escapes[hint] && sameBytes(this.keys[hint], bytes, start, end)) return hint;
    const escaped = bytes.subarray(start, end).includes(BACKSLASH);
    const text = this.decoder.decode(bytes.subarray(start, end));
    const name = escaped ? (JSON.parse(`"${text}"`) as string) : text;
    const known = this.byName.get(name);
    if (known !== undefined) return known;
    return this.discover ? this.add(name) : -1;
  }

  private add(name: string): number {
    if (this.byName.has(name)) return this.byName.get(name)!;
    this.keys.push(this.encoder.encode(name));
    this.escapes.push(name.includes("\\"));
    this.byName.set(name, this.keys.length - 1);
    return this.keys.length - 1;
  }
}

const BACKSLASH = 92;

function sameBytes(key: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== bytes[start + i]) return false;
  return true;
}
