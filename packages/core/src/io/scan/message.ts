import { type ByteInput, int32 } from "./byte-input.js";
import { type MessageMeta, decodeMessage } from "./decode-message.js";
import { UnsupportedError } from "./decode-schema.js";
import { FlatbufferError } from "./flatbuf.js";
import { IpcScanError, invalid, truncated } from "./errors.js";
import { position, read, readUpTo, runAsync, type Steps } from "./steps.js";

/** The marker before a message's metadata length since Arrow 0.15 (ARROW-6313). */
export const CONTINUATION = -1;

/** One IPC message whose metadata has been read; the input sits at the start of its body. */
export interface IpcMessage {
  /** The decoded metadata. */
  message: MessageMeta;
  /** Where the message (its length prefix) starts. */
  start: number;
}

/**
 * How a message sequence ended: `"eos"` at an end-of-stream marker (a zero metadata length),
 * `"eof"` when the input simply ran out at a message boundary.
 */
export type MessageEnd = "eos" | "eof";

/**
 * Reads the next message's length prefix and metadata, leaving its body unread. The metadata
 * length is checked against the input's size (when known) before it is read.
 * @param input - positioned at a message boundary
 * @returns the message, or how the sequence ended
 * @throws IpcScanError "truncated" inside a prefix or metadata, "invalid" for undecodable metadata
 */
export async function readMessage(input: ByteInput): Promise<IpcMessage | MessageEnd> {
  return runAsync(input, messageSteps(input.name));
}

/**
 * The steps of {@link readMessage}, for the readers that run them synchronously too.
 * @param name - the input's name, for errors
 * @returns the steps that read the next message's metadata
 */
export function* messageSteps(name: string): Steps<IpcMessage | MessageEnd> {
  const start = yield* position();
  const prefix = yield* readUpTo(4);
  if (prefix.length === 0) return "eof";
  if (prefix.length < 4) throw truncated(name, start + prefix.length, "message length prefix", 4, start);
  let length = int32(prefix, 0);
  // Since Arrow 0.15 the length follows a continuation marker; before, it came first (ARROW-6313).
  if (length === CONTINUATION) length = int32(yield* read(4, "message length prefix"), 0);
  if (length === 0) return "eos";
  if (length < 0) throw invalid(name, start, `message metadata length ${length} is negative`);
  const metadataStart = yield* position();
  const message = decodeMetadata(name, metadataStart, yield* read(length, "message metadata"));
  return { message, start };
}

/**
 * Reads a message whose whole prefix-and-metadata length is known (an IPC file's footer gives it
 * for every block) in a single read; the message's own length prefix must say the same.
 * @param input - positioned at the message
 * @param length - the block's metadata length, prefix and padding included
 * @returns the message; the input is left at its body
 */
export async function readMessageBlock(input: ByteInput, length: number): Promise<IpcMessage> {
  const start = input.position;
  const bytes = await input.read(length, "message metadata");
  const continued = length >= 8 && int32(bytes, 0) === CONTINUATION;
  const skip = continued ? 8 : 4;
  const size = length >= skip ? int32(bytes, skip - 4) : -1;
  if (!(size > 0 && skip + size === length)) throw invalid(input.name, start, `the message's length prefix and metadata take ${skip + size} bytes, but the footer's block says ${length}`);
  return { message: decodeMetadata(input.name, start + skip, bytes.subarray(skip, skip + size)), start };
}

/**
 * Decodes message metadata, turning the decoder's errors into IpcScanErrors at absolute offsets.
 * @param name - the input's name
 * @param start - where the metadata starts in the input
 * @param metadata - its bytes
 * @returns the decoded message
 */
export function decodeMetadata(name: string, start: number, metadata: Uint8Array): MessageMeta {
  return decodeFlat(name, start, "message metadata", () => decodeMessage(metadata));
}

/**
 * Runs a FlatBuffers decoder, reporting its errors with the byte of the input at fault.
 * @param name - the input's name
 * @param start - where the decoded bytes start in the input
 * @param what - "message metadata" or "footer", for the message
 * @param decode - the decoder
 * @returns what it decoded
 * @throws IpcScanError "unsupported" for valid metadata Quiver cannot read, "invalid" otherwise
 */
export function decodeFlat<T>(name: string, start: number, what: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (!(error instanceof FlatbufferError)) throw error;
    const at = start + error.at;
    if (error instanceof UnsupportedError) return unsupported(name, at, error.message);
    throw invalid(name, at, `${what}: ${error.message}`);
  }
}

function unsupported(name: string, at: number, detail: string): never {
  throw new IpcScanError("unsupported", name, `${detail} (at byte ${at})`, at);
}
