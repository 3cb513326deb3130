/** Where a Spark Connect server is, and how to speak to it: a parsed `sc://` connection string. */
export interface SparkRemote {
  /** `host:port`, as gRPC takes it. */
  readonly address: string;
  /** The user the session belongs to. */
  readonly userId: string;
  /** A bearer token, sent as `authorization` metadata (only over TLS). */
  readonly token?: string;
  /** Whether the channel uses TLS. */
  readonly useSsl: boolean;
}

const DEFAULT_PORT = 15002;

/**
 * Parses a Spark Connect connection string, `sc://host[:port][/;param=value;…]`, as Spark's own
 * clients do: the port defaults to 15002; the parameters `user_id`, `token` and `use_ssl` are
 * read (a token implies TLS), others are ignored.
 * @param remote - the connection string, e.g. `sc://localhost:15002`
 * @returns the address, user, token and TLS setting
 * @throws TypeError naming the string and the expected form when it is not one
 * @example parseSparkRemote("sc://spark.example:443/;use_ssl=true;token=abc")
 */
export function parseSparkRemote(remote: string): SparkRemote {
  const match = /^sc:\/\/(\[[^\]]+\]|[^:/;]+)(?::(\d+))?\/?(;.*)?$/.exec(remote);
  if (match === null) throw new TypeError(`Spark Connect remote ${JSON.stringify(remote)} is not of the form "sc://host:port" (e.g. "sc://localhost:15002")`);
  const [, host, port, rest = ""] = match;
  const params = new Map(
    rest.split(";").filter((p) => p !== "").map((p) => {
      const eq = p.indexOf("=");
      return [decodeURIComponent(eq < 0 ? p : p.slice(0, eq)), decodeURIComponent(eq < 0 ? "" : p.slice(eq + 1))] as const;
    }),
  );
  const token = params.get("token");
  return {
    address: `${host}:${port ?? DEFAULT_PORT}`,
    userId: params.get("user_id") ?? "quiver",
    ...(token === undefined ? {} : { token }),
    useSsl: token !== undefined || params.get("use_ssl") === "true",
  };
}
