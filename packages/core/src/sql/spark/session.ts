import type { Client, ClientReadableStream, Metadata } from "@grpc/grpc-js";
import { importGrpc, randomUUID } from "#platform";
import { RemoteEngineError } from "../errors.js";
import { loadPeer } from "../load-peer.js";
import type { spark } from "./generated/spark-connect.js";
import { parseSparkRemote, type SparkRemote } from "./remote.js";
import { executePlanMethod, type ExecutePlanResponseMessage, releaseSessionMethod } from "./service.js";

type Grpc = typeof import("@grpc/grpc-js");

/** Spark's own clients allow this much per message; a result batch can be near Spark's 4 MiB default and more. */
const MAX_MESSAGE_BYTES = 128 * 1024 * 1024;
const CLIENT_TYPE = "quiver";

/**
 * One Spark Connect session on its own channel: plans run in it (temporary views live in it), and
 * closing it releases the session on the server and the channel here.
 */
export class SparkSession {
  private readonly sessionId = randomUUID();

  private constructor(private readonly grpc: Grpc, private readonly client: Client, private readonly remote: SparkRemote) {}

  /**
   * Opens a channel to the server of a connection string (no request is sent yet).
   * @param remote - `sc://host:port`, with optional `;user_id=…;token=…;use_ssl=true`
   * @throws Error naming the package when the optional peer `@grpc/grpc-js` is not installed
   */
  static async open(remote: string): Promise<SparkSession> {
    const parsed = parseSparkRemote(remote);
    const grpc = await loadPeer("spark", "@grpc/grpc-js", importGrpc);
    const credentials = parsed.useSsl ? grpc.credentials.createSsl() : grpc.credentials.createInsecure();
    const client = new grpc.Client(parsed.address, credentials, {
      "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
      "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
    });
    return new SparkSession(grpc, client, parsed);
  }

  /**
   * Runs a plan and yields its responses as they arrive, to the end of the stream. Aborting the
   * signal, or leaving the loop early, cancels the call, which ends the server's execution.
   * @param plan - a relation or a command
   * @param signal - aborts the call
   * @throws RemoteEngineError with the server's message when the call fails
   */
  async *execute(plan: spark.connect.Plan.$Properties, signal?: AbortSignal): AsyncGenerator<ExecutePlanResponseMessage> {
    signal?.throwIfAborted();
    const request = { sessionId: this.sessionId, userContext: { userId: this.remote.userId }, plan, clientType: CLIENT_TYPE, operationId: randomUUID() };
    const m = executePlanMethod;
    const call: ClientReadableStream<ExecutePlanResponseMessage> = this.client.makeServerStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, request, this.metadata());
    const cancel = () => call.cancel();
    signal?.addEventListener("abort", cancel, { once: true });
    let ended = false;
    try {
      // Read to the end of the stream (the server's OK status follows ResultComplete, if it sends one).
      for await (const response of call as AsyncIterable<ExecutePlanResponseMessage>) yield response;
      ended = true;
    } catch (error) {
      signal?.throwIfAborted();
      throw remoteError(error);
    } finally {
      signal?.removeEventListener("abort", cancel);
      // A consumer that stops reading early ends the call, and so the server's execution.
      if (!ended) call.cancel();
    }
  }

  /** Releases the session on the server (best effort: a server gone already has nothing to release) and closes the channel. */
  async close(): Promise<void> {
    const m = releaseSessionMethod;
    const request = { sessionId: this.sessionId, userContext: { userId: this.remote.userId }, clientType: CLIENT_TYPE };
    await new Promise<void>((resolve) => {
      this.client.makeUnaryRequest(m.path, m.requestSerialize, m.responseDeserialize, request, this.metadata(), { deadline: Date.now() + 5000 }, () => resolve());
    });
    this.client.close();
  }

  private metadata(): Metadata {
    const metadata = new this.grpc.Metadata();
    if (this.remote.token !== undefined) metadata.set("authorization", `Bearer ${this.remote.token}`);
    return metadata;
  }
}

/** A failed call as the engine's error: Spark's message is the status's details. */
function remoteError(error: unknown): RemoteEngineError {
  const details = (error as { details?: unknown }).details;
  const message = typeof details === "string" && details !== "" ? details : error instanceof Error ? error.message : String(error);
  return new RemoteEngineError("spark", message, { cause: error });
}
