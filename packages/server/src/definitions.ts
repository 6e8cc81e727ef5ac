import type { JsonObject } from '@yizhan/core/flow';
import {
  type CompiledFlow,
  compileFlow,
  createRuntime,
  defaultStepRegistry,
  type FlowHooks,
  type FlowRuntime,
  parseFlow,
  type StepRegistry,
  type Store,
} from '@yizhan/core/flow';
import type { Locale } from '@yizhan/core/i18n';
import type { Place } from './principal';
import { HttpProblem } from './problem';
import { createRecords, type Records } from './records';

/** A published definition version: the document as written, who owns it, who published it. */
export interface PublishedDefinition {
  readonly flowId: string;
  readonly version: number;
  /** The organisation that owns the flow and its instances. */
  readonly owner: Place;
  readonly publishedBy: string;
  readonly publishedAt: string;
  readonly document: JsonObject;
}

/** Options of {@link createDefinitionRegistry}. */
export interface DefinitionRegistryOptions {
  /** The store calls of the runtime (the routed store, so they join request transactions). */
  readonly store: Store;
  readonly clock: () => Date;
  readonly steps?: StepRegistry;
  readonly hooks?: FlowHooks;
  readonly createId?: () => string;
}

/**
 * The published flow definitions, kept in the store as records, and the runtime that runs
 * them. Versions published by another server are loaded when a request first needs them.
 */
export interface DefinitionRegistry {
  /** Checks and publishes a version; throws an {@link HttpProblem} when it cannot. */
  publish(
    document: unknown,
    owner: Place,
    by: string,
    locale: Locale,
  ): Promise<PublishedDefinition>;
  /** Every published version, by flow id then version. */
  list(): Promise<PublishedDefinition[]>;
  /** One version (the latest when `version` is not given), or null. */
  get(flowId: string, version?: number): Promise<PublishedDefinition | null>;
  /** The compiled flow of a published version, or null. */
  compiled(flowId: string, version?: number): Promise<CompiledFlow | null>;
  /** The owner of a flow id (that of its first version), or null when it was never published. */
  owner(flowId: string): Promise<Place | null>;
  /** The runtime over every version known to this server. */
  runtime(): FlowRuntime;
}

const recordKey = (flowId: string, version: number): string =>
  `${flowId}@${String(version).padStart(9, '0')}`;

/** Creates a {@link DefinitionRegistry}. */
export function createDefinitionRegistry(options: DefinitionRegistryOptions): DefinitionRegistry {
  const records: Records = createRecords(options.store);
  const steps = options.steps ?? defaultStepRegistry;
  const published = new Map<string, PublishedDefinition>();
  const compiledFlows = new Map<string, CompiledFlow>();
  const latest = new Map<string, number>();
  let current: FlowRuntime | null = null;

  function remember(definition: PublishedDefinition): void {
    const key = recordKey(definition.flowId, definition.version);
    if (published.has(key)) return;
    const parsed = parseFlow(definition.document, { steps });
    if (!parsed.ok) return; // A record this build cannot read; it stays unpublished here.
    published.set(key, definition);
    compiledFlows.set(key, compileFlow(parsed.value, steps));
    if ((latest.get(definition.flowId) ?? 0) < definition.version)
      latest.set(definition.flowId, definition.version);
    current = null;
  }

  async function reload(): Promise<void> {
    for (const record of await records.list<JsonObject>('definition'))
      remember(record.value as unknown as PublishedDefinition);
  }

  async function find(flowId: string, version?: number): Promise<string | null> {
    const key = (): string | null => {
      const wanted = version ?? latest.get(flowId);
      return wanted === undefined ? null : recordKey(flowId, wanted);
    };
    let found = key();
    if (found !== null && published.has(found) && version !== undefined) return found;
    // The latest version, or one published by another server: ask the store.
    await reload();
    found = key();
    return found !== null && published.has(found) ? found : null;
  }

  return {
    async publish(document, owner, by, locale) {
      const parsed = parseFlow(document, { locale, steps });
      if (!parsed.ok) throw new HttpProblem(422, 'invalid_definition', {}, parsed.issues);
      const { id: flowId, version } = parsed.value;
      await reload();
      const existingOwner = await this.owner(flowId);
      if (existingOwner !== null && existingOwner.join('/') !== owner.join('/'))
        throw new HttpProblem(403, 'flow_owned_elsewhere', { flowId, owner: existingOwner });
      const newest = latest.get(flowId) ?? 0;
      if (version <= newest)
        throw new HttpProblem(409, 'version_exists', { flowId, latest: newest }, [], '/version');
      const at = options.clock().toISOString();
      const definition: PublishedDefinition = {
        flowId,
        version,
        owner: [...owner],
        publishedBy: by,
        publishedAt: at,
        document: document as JsonObject,
      };
      const created = await records.create(
        'definition',
        recordKey(flowId, version),
        definition as unknown as JsonObject,
        at,
      );
      if (!created) {
        await reload();
        throw new HttpProblem(
          409,
          'version_exists',
          { flowId, latest: latest.get(flowId) ?? version },
          [],
          '/version',
        );
      }
      remember(definition);
      return definition;
    },
    async list() {
      await reload();
      return [...published.values()].sort((a, b) =>
        a.flowId === b.flowId ? a.version - b.version : a.flowId < b.flowId ? -1 : 1,
      );
    },
    async get(flowId, version) {
      const key = await find(flowId, version);
      return key === null ? null : (published.get(key) ?? null);
    },
    async compiled(flowId, version) {
      const key = await find(flowId, version);
      return key === null ? null : (compiledFlows.get(key) ?? null);
    },
    async owner(flowId) {
      if (!latest.has(flowId)) await reload();
      let first = published.get(recordKey(flowId, 1));
      if (first === undefined) {
        for (const definition of published.values())
          if (
            definition.flowId === flowId &&
            (first === undefined || definition.version < first.version)
          )
            first = definition;
      }
      return first?.owner ?? null;
    },
    runtime() {
      if (current === null)
        current = createRuntime({
          store: options.store,
          definitions: [...compiledFlows.values()],
          registry: steps,
          clock: options.clock,
          ...(options.hooks === undefined ? {} : { hooks: options.hooks }),
          ...(options.createId === undefined ? {} : { createId: options.createId }),
        });
      return current;
    },
  };
}
