import type * as z from 'zod/mini';
import type { ExprType } from '../expr';
import type { RawIssue } from './issues';

/** The properties every field has, whatever its type (see `field-base.ts`). */
export interface BaseField {
  readonly type: string;
  readonly key: string;
  readonly label?: unknown;
  readonly required?: boolean | string;
  readonly visibleIf?: string;
  readonly readonlyIf?: string;
  readonly pii?: boolean;
  readonly default?: unknown;
  readonly rules?: readonly unknown[];
}

/**
 * A field type: what its definition may say (`config`), what its answers look like
 * (`value`), how expressions see them (`exprType`) and which definition-level checks it
 * adds. Built-in types are defined with the same mechanism as a developer's own.
 */
export interface FieldTypeDefinition<Field extends BaseField = BaseField> {
  /** The `type` a definition uses, such as `"text"` or a developer's `"color"`. */
  readonly type: string;
  /**
   * The zod shape of the properties this type adds to the common ones. zod/mini schemas (as
   * the built-in types use) and classic zod schemas both work.
   */
  readonly config: z.core.$ZodShape;
  /**
   * The whole strict schema of a field of this type, for the few built-in types that do not
   * take the common properties (static text has no label). Usually left out.
   */
  readonly schema?: z.core.$ZodObject;
  /** Whether the field holds an answer. Static text and sections do not. */
  readonly hasValue: boolean;
  /** The zod schema (mini or classic) an answer must satisfy (answer present and not empty). */
  value(field: Field): z.core.$ZodType;
  /** The static type expressions see for this field's value. */
  exprType(field: Field): ExprType;
  /** Whether an answer counts as "not answered" for `required`. Default: null, undefined, '' or []. */
  isEmpty?(value: unknown, field: Field): boolean;
  /** Extra checks of a definition, beyond its zod shape (a default that is not an option, say). */
  check?(field: Field, path: readonly PropertyKey[]): RawIssue[];
}

/**
 * Declares a field type. A developer's own type names are namespaced with a colon
 * (`acme:color`), so they never collide with built-in types added later. Built-in and
 * custom types use the same mechanism; pass custom ones to `createFieldTypeRegistry`.
 *
 * @example
 * const colorField = defineFieldType({
 *   type: 'acme:color',
 *   config: { palette: z.optional(z.array(z.string())) },
 *   hasValue: true,
 *   value: () => z.string().check(z.regex(/^#[0-9a-f]{6}$/i)),
 *   exprType: () => ({ kind: 'string' }),
 * });
 */
export function defineFieldType<Field extends BaseField>(
  definition: FieldTypeDefinition<Field>,
): FieldTypeDefinition<Field> {
  return definition;
}

/** Field types by name, as `parseForm` and `compileForm` look them up. */
export type FieldTypeRegistry = ReadonlyMap<string, FieldTypeDefinition>;

/** The default emptiness test: null, undefined, a blank string or an empty list. */
export function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}
