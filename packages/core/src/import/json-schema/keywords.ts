import type { Draft, Origins } from '../finish';
import type { IssueSink } from '../import-issues';
import type { SchemaNode } from './schema-node';

/** What every step of the JSON Schema import shares. */
export interface JsonSchemaContext {
  readonly root: Draft;
  readonly sink: IssueSink;
  readonly origins: Origins;
}

// Annotations and keywords that change nothing a form can show or check.
const QUIET = new Set([
  '$schema',
  '$id',
  '$comment',
  '$anchor',
  '$defs',
  'definitions',
  'deprecated',
  'writeOnly',
  'examples',
  'uniqueItems',
  'nullable',
]);

// Keywords that make a value depend on other values: conditions a form expresses otherwise.
const CONDITIONAL = new Set([
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
]);

/**
 * Reads the keywords of one subschema and remembers which were used, so that every keyword
 * left over is reported instead of dropped silently.
 */
export class Keywords {
  private readonly used = new Set<string>();

  constructor(
    readonly node: SchemaNode,
    private readonly sink: IssueSink,
  ) {}

  /** The value of a keyword, now counted as translated. */
  take(keyword: string): unknown {
    this.used.add(keyword);
    return Object.hasOwn(this.node.schema, keyword) ? this.node.schema[keyword] : undefined;
  }

  /** Whether the subschema has a keyword (without using it). */
  has(keyword: string): boolean {
    return Object.hasOwn(this.node.schema, keyword);
  }

  /** A keyword that must be a whole number ≥ `min`; reports other values. */
  count(keyword: string, min: number): number | undefined {
    const value = this.take(keyword);
    if (value === undefined) return undefined;
    if (Number.isInteger(value) && (value as number) >= min) return value as number;
    this.invalid(keyword, `a whole number ≥ ${min}`);
    return undefined;
  }

  /** A keyword that must be a finite number; reports other values. */
  number(keyword: string): number | undefined {
    const value = this.take(keyword);
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.invalid(keyword, 'a number');
    return undefined;
  }

  /** A keyword that must be a non-empty string; reports other values. */
  text(keyword: string): string | undefined {
    const value = this.take(keyword);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.invalid(keyword, 'text');
    return undefined;
  }

  /** Reports a keyword whose value cannot be used. */
  invalid(keyword: string, expected: string): void {
    this.sink.add('invalid_value', this.node.at(keyword), {
      property: keyword,
      expected,
      received: this.node.schema[keyword],
    });
  }

  /** Marks keywords as handled without reading them (they were reported already). */
  skip(...keywords: readonly string[]): void {
    for (const keyword of keywords) this.used.add(keyword);
  }

  /** Reports every keyword nobody used. */
  finish(): void {
    for (const keyword of Object.keys(this.node.schema)) {
      if (this.used.has(keyword) || QUIET.has(keyword)) continue;
      const value = this.node.schema[keyword];
      if (
        (keyword === 'additionalProperties' || keyword === 'unevaluatedProperties') &&
        value === false
      )
        continue;
      if (CONDITIONAL.has(keyword))
        this.sink.add('unsupported_keyword', this.node.at(keyword), { keyword });
      else this.sink.add('property_ignored', this.node.at(keyword), { property: keyword });
    }
  }
}
