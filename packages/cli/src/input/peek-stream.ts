import type { Readable } from "node:stream";

/**
 * The first bytes of a stream, without consuming them: they are pushed back for whoever reads the
 * stream next.
 * @param stream - a readable byte stream not yet read
 * @returns the first chunk (empty when the stream is empty) and the same stream, rewound
 */
export function peekStream(stream: Readable): Promise<{ head: Uint8Array; stream: Readable }> {
  return new Promise((resolve, reject) => {
    const done = (head: Uint8Array) => {
      stream.off("readable", onReadable).off("end", onEnd).off("error", reject);
      if (head.length > 0) stream.unshift(head);
      resolve({ head, stream });
    };
    const onReadable = () => {
      const chunk: Buffer | null = stream.read();
      if (chunk !== null) done(chunk);
    };
    const onEnd = () => done(new Uint8Array(0));
    stream.on("readable", onReadable).once("end", onEnd).once("error", reject);
  });
}
