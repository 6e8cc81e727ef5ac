import type { OptionDefinition } from '@yizhan/core/form';
import type { Locale } from '@yizhan/core/i18n';

/**
 * Options a host provides for choice fields whose definition says `{ "source": name }`
 * (and address regions, `regionSource`): a record by source name, or a function that
 * returns them, at once or as a promise.
 */
export type OptionSources =
  | Readonly<Record<string, readonly OptionDefinition[]>>
  | ((
      name: string,
      locale: Locale,
    ) => readonly OptionDefinition[] | Promise<readonly OptionDefinition[]>);

/** Resolves named option sources once each, and calls back when a slow one arrives. */
export class OptionResolver {
  private readonly cache = new Map<string, readonly OptionDefinition[] | 'pending'>();
  private generation = 0;

  constructor(private readonly changed: () => void) {}

  /** Forgets every resolved source (the host gave new sources). */
  reset(): void {
    this.cache.clear();
    this.generation++;
  }

  /** The options of a source, or `undefined` while they load or when there is no such source. */
  get(
    sources: OptionSources | undefined,
    name: string,
    locale: Locale,
  ): readonly OptionDefinition[] | undefined {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached === 'pending' ? undefined : cached;
    if (!sources) return undefined;
    if (typeof sources !== 'function') {
      const list = sources[name];
      if (list) this.cache.set(name, list);
      return list;
    }
    const result = sources(name, locale);
    if (!('then' in result)) {
      this.cache.set(name, result);
      return result;
    }
    this.cache.set(name, 'pending');
    const generation = this.generation;
    result.then(
      (list) => {
        if (generation !== this.generation) return;
        this.cache.set(name, list);
        this.changed();
      },
      () => {
        if (generation === this.generation) this.cache.set(name, []);
        this.changed();
      },
    );
    return undefined;
  }
}
