/**
 * The framing of Arrow IPC messages: continuation marker (or the pre-0.15 bare length), metadata
 * length, Message flatbuffer, body. Every message is checked to fit in the input.
 */
import { Flatbuffer, type FieldSite, Malformed } from "./flatbuf.js";

/** One framed message. */
export interface Framed {
  /** Where the message starts (its continuation marker or length). */
  readonly start: number;
  /** The Message flatbuffer. */
  readonly fb: Flatbuffer;
  /** 1 Schema, 2 DictionaryBatch, 3 RecordBatch. */
  readonly headerType: number;
  /** The header table's position in `fb`. */
  readonly header: number;
  readonly bodyStart: number;
  readonly bodyLength: number;
  /** The prefix-plus-metadata length, as a file footer block states it. */
  readonly metadataLength: number;
}

/** The walk of a stream: its messages and where it stopped. */
export interface Walk {
  readonly messages: Framed[];
  /** The offset after the last message, or after the end-of-stream marker. */
  readonly end: number;
  /** Whether an end-of-stream marker was read. */
  readonly sawEos: boolean;
}

const CONTINUATION = 0xffffffff;

/**
 * Reads messages from `from` until an end-of-stream marker or `end`.
 * @param bytes - the input
 * @param from - where the first message starts
 * @param end - where the stream region ends
 * @param sites - where field sites are recorded
 * @returns the messages
 * @throws Malformed when a message does not fit or its metadata is unreadable
 */
export function walkMessages(bytes: Uint8Array, from: number, end: number, sites: FieldSite[] = []): Walk {
  const messages: Framed[] = [];
  let at = from;
  while (at < end) {
    const message = readMessageAt(bytes, at, end, sites);
    if (message === "eos") return { messages, end: at + (u32(bytes, at) === CONTINUATION ? 8 : 4), sawEos: true };
    messages.push(message);
    at = message.bodyStart + message.bodyLength;
  }
  return { messages, end: at, sawEos: false };
}

/**
 * Reads the message at `at`.
 * @returns the message, or "eos" for an end-of-stream marker
 * @throws Malformed when it does not fit before `end` or is unreadable
 */
export function readMessageAt(bytes: Uint8Array, at: number, end: number, sites: FieldSite[] = []): Framed | "eos" {
  if (at + 4 > end) throw new Malformed(`message prefix at ${at} cut at ${end}`);
  sites.push({ pos: at, width: 4, what: "continuation" });
  const first = u32(bytes, at);
  const legacy = first !== CONTINUATION;
  if (!legacy && at + 8 > end) throw new Malformed(`message length at ${at + 4} cut at ${end}`);
  const lengthAt = legacy ? at : at + 4;
  sites.push({ pos: lengthAt, width: 4, what: "metadata length" });
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(lengthAt, true);
  if (length === 0) return "eos";
  const metaStart = lengthAt + 4;
  if (length < 0 || metaStart + length > end) throw new Malformed(`message at ${at}: metadata length ${length} with ${end - metaStart} bytes left`);
  const fb = new Flatbuffer(bytes, metaStart, metaStart + length, sites);
  const table = fb.root();
  const version = fb.scalar(table, 0, 2, (p) => fb.i16(p), 0, "message version");
  if (version !== 3 && version !== 4) throw new Malformed(`message at ${at}: metadata version ${version}`);
  const headerType = fb.scalar(table, 1, 1, (p) => fb.u8(p), 0, "message header type");
  const header = fb.ref(table, 2, "message header");
  if (headerType < 1 || headerType > 3 || header === undefined) throw new Malformed(`message at ${at}: header type ${headerType}`);
  const bodyLength = fb.scalar(table, 3, 8, (p) => fb.i64(p), 0n, "body length");
  const bodyStart = metaStart + length;
  if (bodyLength < 0n || BigInt(bodyStart) + bodyLength > BigInt(end)) throw new Malformed(`message at ${at}: body of ${bodyLength} with ${end - bodyStart} bytes left`);
  return { start: at, fb, headerType, header, bodyStart, bodyLength: Number(bodyLength), metadataLength: bodyStart - at };
}

function u32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at, true);
}
