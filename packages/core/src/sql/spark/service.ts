import type { MethodDefinition } from "@grpc/grpc-js";
import { spark } from "./generated/spark-connect.js";

/**
 * The Spark Connect RPCs Quiver calls, as gRPC method definitions: the path, whether each side
 * streams, and how messages become bytes (the code generated from `proto/spark-connect.proto`).
 * The client calls them; a server (the protocol test's) implements them.
 */
const { ExecutePlanRequest, ExecutePlanResponse, ReleaseSessionRequest, ReleaseSessionResponse } = spark.connect;

type Message<T> = T extends { decode(bytes: Uint8Array): infer M } ? M : never;
export type ExecutePlanRequestMessage = spark.connect.ExecutePlanRequest.$Properties;
export type ExecutePlanResponseMessage = Message<typeof ExecutePlanResponse>;
export type ReleaseSessionRequestMessage = spark.connect.ReleaseSessionRequest.$Properties;
export type ReleaseSessionResponseMessage = Message<typeof ReleaseSessionResponse>;

const PREFIX = "/spark.connect.SparkConnectService";
const bytes = (writer: { finish(): Uint8Array }) => Buffer.from(writer.finish());

/** `ExecutePlan`: one request, a stream of responses. */
export const executePlanMethod: MethodDefinition<ExecutePlanRequestMessage, ExecutePlanResponseMessage> = {
  path: `${PREFIX}/ExecutePlan`,
  requestStream: false,
  responseStream: true,
  requestSerialize: (m) => bytes(ExecutePlanRequest.encode(m)),
  requestDeserialize: (b) => ExecutePlanRequest.decode(b),
  responseSerialize: (m) => bytes(ExecutePlanResponse.encode(m)),
  responseDeserialize: (b) => ExecutePlanResponse.decode(b),
};

/** `ReleaseSession`: drops the session's temporary views. */
export const releaseSessionMethod: MethodDefinition<ReleaseSessionRequestMessage, ReleaseSessionResponseMessage> = {
  path: `${PREFIX}/ReleaseSession`,
  requestStream: false,
  responseStream: false,
  requestSerialize: (m) => bytes(ReleaseSessionRequest.encode(m)),
  requestDeserialize: (b) => ReleaseSessionRequest.decode(b),
  responseSerialize: (m) => bytes(ReleaseSessionResponse.encode(m)),
  responseDeserialize: (b) => ReleaseSessionResponse.decode(b),
};
