import type { Schema } from "apache-arrow";
import { int32 } from "./byte-input.js";
import { decodeMessage, kindName } from "./decode-message.js";
import type { DecodedSchema } from "./decode-schema.js";
import { IpcScanError, invalid, notArrow } from "./errors.js";
import { CONTINUATION, messageSteps } from "./message.js";
import { peek, position, skip, type Steps } from "./steps.js";

/** "ARROW1" padded to 8 bytes starts an IPC file; its messages follow. */
export const FILE_HEADER_LENGTH = 8;

/** "ARROW1", which starts an IPC file and ends it after the footer. */
const MAGIC = Uint8Array.of(0x41, 0x52, 0x52, 0x4f, 0x57, 0x31);

/**
 * Whether bytes start with "ARROW1", the magic that opens and closes an IPC file.
 * @param bytes - at least the 6 bytes to check (fewer never match)
 * @returns true when they do
 */
export function startsWithMagic(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * Whether bytes start with ff ff ff ff, the continuation marker that opens an IPC stream (since
 * Arrow 0.15).
 * @param bytes - at least the 4 bytes to check (fewer never match)
 * @returns true when they do
 */
export function startsWithContinuation(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && int32(bytes, 0) === CONTINUATION;
}

/** A Schema message longer than this is implausible; such a first word is not a legacy length. */
const MAX_LEGACY_SCHEMA = 1 << 20;

/** The two IPC formats: "file" (ARROW1, messages, footer) and "stream" (messages only). */
export type IpcFormat = "file" | "stream";

/**
 * Tells the format from the first bytes, never from a file name: "ARROW1" starts a file, the
 * continuation marker ff ff ff ff starts a stream. A pre-0.15 stream starts with its Schema
 * message's length instead, and is recognised by that message decoding as a Schema. Nothing is
 * consumed.
 * @param name - the input's name, for errors
 * @returns the steps that tell the format, from byte 0
 * @throws IpcScanError "not-arrow" naming what was found at byte 0
 */
export function* sniffFormat(name: string): Steps<IpcFormat> {
  const head = yield* peek(8);
  if (startsWithMagic(head)) return "file";
  if (startsWithContinuation(head)) return "stream";
  if (yield* isLegacyStream(head)) return "stream";
  throw notArrow(name, head);
}

function* isLegacyStream(head: Uint8Array): Steps<boolean> {
  if (head.length < 4) return false;
  const length = int32(head, 0);
  if (!(length >= 8 && length <= MAX_LEGACY_SCHEMA)) return false;
  const bytes = yield* peek(4 + length);
  if (bytes.length < 4 + length) return false;
  return isSchemaMessage(bytes.subarray(4));
}

/**
 * Whether bytes decode as a Schema message's metadata (used to tell formats apart, never to read).
 * @param metadata - the FlatBuffers bytes
 * @returns true when they are a well-formed Schema message
 */
export function isSchemaMessage(metadata: Uint8Array): boolean {
  try {
    return decodeMessage(metadata).kind === "schema";
  } catch {
    return false;
  }
}

/**
 * Reads the Schema message that opens the message sequence.
 * @param name - the input's name, for errors
 * @returns the steps that read the schema from the first message (byte 0 of a stream, byte 8 of
 *   a file), leaving the input at the next message
 * @throws IpcScanError when the first message is missing or is not a Schema
 */
export function* readSchemaMessage(name: string): Steps<Schema> {
  const start = yield* position();
  const read = yield* messageSteps(name);
  if (typeof read === "string") throw invalid(name, start, "the input ends before its Schema message");
  const { message } = read;
  if (message.kind !== "schema") throw invalid(name, start, `expected a Schema message first, found ${kindName(message.kind)}`);
  if (message.bodyLength > 0) yield* skip(message.bodyLength, "schema message body");
  return nativeSchema(name, start, message.schema);
}

/**
 * The schema of data in this machine's byte order. Big-endian data is refused rather than
 * swapped: every writer in use writes little-endian unless asked otherwise, and a swap would be a
 * second decoding path for every type that only such files would exercise.
 * @param name - the input's name
 * @param at - where the schema was read
 * @param decoded - the decoded schema and its byte order
 * @returns the schema
 * @throws IpcScanError "big-endian" for big-endian data
 */
export function nativeSchema(name: string, at: number, decoded: DecodedSchema): Schema {
  if (!decoded.bigEndian) return decoded.schema;
  throw new IpcScanError("big-endian", name, `the schema at byte ${at} declares big-endian data, which Quiver does not read; rewrite the file little-endian (the default of every Arrow writer)`, at);
}
