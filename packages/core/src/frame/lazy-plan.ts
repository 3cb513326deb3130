import { ColumnNotFoundError } from "../errors.js";
import type { PlanNode, ScanSource, SourceOpener } from "../plan/nodes.js";

/**
 * A source whose schema is read at first need, then kept: every query over it, and every
 * LazyFrame derived from it, shares the one opened source.
 */
export class DeferredSource {
  private source: ScanSource | undefined;
  private opening: Promise<ScanSource> | undefined;

  /** @param opener - opens the source: asynchronously always, synchronously when it can */
  constructor(readonly opener: SourceOpener) {}

  /** The opened source, or undefined while its schema has not been read. */
  get opened(): ScanSource | undefined {
    return this.source;
  }

  /** Opens the source once; later calls give the same source. */
  async open(signal?: AbortSignal): Promise<ScanSource> {
    if (this.source !== undefined) return this.source;
    this.opening ??= this.opener.open(signal).then(
      (source) => (this.source = source),
      (error: unknown) => {
        this.opening = undefined;
        throw error;
      },
    );
    return this.opening;
  }

  /**
   * Opens the source synchronously when its opener can (a path or bytes).
   * @throws SchemaNotReadError when the source can only be read asynchronously
   */
  openSync(): ScanSource {
    if (this.source !== undefined) return this.source;
    if (this.opener.openSync === undefined) throw new SchemaNotReadError(this.opener.name);
    this.source = this.opener.openSync();
    return this.source;
  }
}

/** A synchronous method met a source (a stream, URL, Response or Blob) whose schema is not read yet. */
export class SchemaNotReadError extends Error {
  override readonly name = "SchemaNotReadError";

  /** @param source - the source's name */
  constructor(source: string) {
    super(`the schema of ${source} has not been read yet: it can only be read asynchronously; call \`await lf.collectSchema()\` (or collect/stream) first`);
  }
}

/**
 * How a LazyFrame gets its logical plan: built at once when every source is open, otherwise
 * built when the sources' schemas are first needed, so that a scan can return before reading its
 * file. Each step is then checked against the schema the way it would have been at once.
 */
export class LazyPlan {
  private built: PlanNode | undefined;

  /**
   * @param sources - the deferred sources the plan reads, each once
   * @param build - builds the plan once every source is open
   */
  private constructor(
    private readonly sources: readonly DeferredSource[],
    private readonly build: () => PlanNode,
  ) {}

  /** A plan already built. */
  static of(plan: PlanNode): LazyPlan {
    const lazy = new LazyPlan([], () => plan);
    lazy.built = plan;
    return lazy;
  }

  /** A plan over one deferred source: its scan node, built from the opened source. */
  static scan(source: DeferredSource, scan: (source: ScanSource) => PlanNode): LazyPlan {
    return new LazyPlan([source], () => scan(source.opened!)).settle();
  }

  /**
   * The plan with one more step; the step runs now when every source is open, else at first need.
   * @param others - further plans the step combines with this one (a join's other side)
   */
  extend(step: (...inputs: PlanNode[]) => PlanNode, others: readonly LazyPlan[] = []): LazyPlan {
    const plans = [this, ...others];
    const sources = [...new Set(plans.flatMap((p) => p.sources))];
    return new LazyPlan(sources, () => step(...plans.map((p) => p.node()))).settle();
  }

  /**
   * The plan, opening synchronously any source not open yet.
   * @throws SchemaNotReadError when a source can only be opened asynchronously
   */
  get plan(): PlanNode {
    for (const source of this.sources) source.openSync();
    return this.node();
  }

  /** The plan, opening asynchronously any source not open yet. */
  async resolve(signal?: AbortSignal): Promise<PlanNode> {
    for (const source of this.sources) await source.open(signal);
    return this.node();
  }

  private node(): PlanNode {
    if (this.built === undefined) this.built = withSourceNames(this.sources, this.build);
    return this.built;
  }

  /** Builds at once when nothing is left to open, so errors surface where the step was written. */
  private settle(): LazyPlan {
    if (this.sources.every((s) => s.opened !== undefined)) this.node();
    return this;
  }
}

/** Runs a deferred build; an unknown column then also names the files the query reads. */
function withSourceNames(sources: readonly DeferredSource[], build: () => PlanNode): PlanNode {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof ColumnNotFoundError) || sources.length === 0) throw error;
    const names = sources.map((s) => s.opener.name).join(", ");
    const named = new ColumnNotFoundError(error.column, error.available, error.suggestion);
    named.message = `${error.message} (reading ${names})`;
    throw named;
  }
}
