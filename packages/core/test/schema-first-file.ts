import { Message, MetadataVersion, type Table, tableToIPC } from "apache-arrow";
import { Footer, FileBlock } from "apache-arrow/ipc/metadata/file";

/**
 * An IPC file laid out as the format specifies and Arrow C++ writes it — "ARROW1", the *stream*
 * (Schema message first), the footer — unlike arrow-js's file writer, which omits the Schema message.
 * @param table - what the file holds
 * @param listed - which record batches the footer lists, in which order (default: all, in order)
 * @returns the file's bytes
 */
export function schemaFirstFile(table: Table, listed: (blocks: FileBlock[]) => FileBlock[] = (blocks) => blocks): Uint8Array {
  const stream = tableToIPC(table, "stream");
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const batches: FileBlock[] = [];
  const dictionaries: FileBlock[] = [];
  let offset = 0;
  for (;;) {
    const length = view.getInt32(offset + 4, true);
    if (length === 0) break;
    const message = Message.decode(stream.subarray(offset + 8, offset + 8 + length));
    const block = new FileBlock(8 + length, message.bodyLength, offset + 8);
    if (message.isRecordBatch()) batches.push(block);
    if (message.isDictionaryBatch()) dictionaries.push(block);
    offset += 8 + length + message.bodyLength;
  }
  const streamPart = stream.subarray(0, offset + 8); // with the end-of-stream marker
  const footer = Footer.encode(new Footer(table.schema, MetadataVersion.V5, listed(batches), dictionaries));
  const out = new Uint8Array(8 + streamPart.length + footer.length + 10);
  out.set(new TextEncoder().encode("ARROW1"), 0);
  out.set(streamPart, 8);
  out.set(footer, 8 + streamPart.length);
  new DataView(out.buffer).setInt32(8 + streamPart.length + footer.length, footer.length, true);
  out.set(new TextEncoder().encode("ARROW1"), out.length - 6);
  return out;
}
