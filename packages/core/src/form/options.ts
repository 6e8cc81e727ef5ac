import * as z from 'zod/mini';
import { localizedTextSchema } from './field-base';

/** One choice of a select, radio, multiselect or checkbox-group field. */
export const optionSchema = z.strictObject({
  value: z.string().check(z.minLength(1)),
  label: localizedTextSchema,
});

/**
 * Where a choice field's options come from: a static list, or a named data source the
 * host provides at run time (for example the streets of a district).
 */
export const optionsSchema = z.union([
  z.array(optionSchema).check(z.minLength(1)),
  z.strictObject({
    source: z
      .string()
      .check(z.regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, { error: 'invalid_source_name' })),
  }),
]);

/** One option of a choice field. */
export type OptionDefinition = z.infer<typeof optionSchema>;
/** The options of a choice field: a static list or `{ source }`. */
export type OptionsDefinition = z.infer<typeof optionsSchema>;

/** The option values of a static list, or `undefined` when the host provides them. */
export function staticOptionValues(options: OptionsDefinition): string[] | undefined {
  return Array.isArray(options) ? options.map((option) => option.value) : undefined;
}
