import * as z from 'zod/mini';
import { fieldObjectSchema } from '../field-base';
import { defineFieldType } from '../field-type';

/**
 * What a form stores about an uploaded file: metadata only. The bytes go through the
 * host's upload hook, which returns the `ref` (a URL or an id in the host's storage).
 */
export const fileValueSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  size: z.int().check(z.minimum(0)),
  type: z.string().check(z.maxLength(255)),
  ref: z.string().check(z.minLength(1), z.maxLength(2048)),
});
/** Metadata of one uploaded file. */
export type FileValue = z.infer<typeof fileValueSchema>;

const config = {
  /** Accepted MIME types or extensions, as in `<input accept>`: `["image/*", ".pdf"]`. */
  accept: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Largest accepted file, in bytes. */
  maxSize: z.optional(z.int().check(z.minimum(1))),
  maxFiles: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
};

/** Files (photos of a need, certificates), stored as metadata. */
export const fileFieldSchema = fieldObjectSchema('file', config);
/** A file field. */
export type FileField = z.infer<typeof fileFieldSchema>;

/**
 * Whether a file matches a file field's `accept` list (MIME types such as `image/*` or
 * `application/pdf`, extensions such as `.pdf`; case ignored), as `<input accept>` reads it.
 * No list, or an empty one, accepts every file.
 */
export function acceptsFile(
  accept: readonly string[] | undefined,
  file: { readonly name: string; readonly type: string },
): boolean {
  if (!accept || accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((pattern) => {
    const wanted = pattern.toLowerCase();
    if (wanted.startsWith('.')) return name.endsWith(wanted);
    if (wanted.endsWith('/*')) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

/** The file field type: a list of file metadata. */
export const fileFieldType = defineFieldType<FileField>({
  type: 'file',
  config,
  hasValue: true,
  value: (field) =>
    z.array(fileValueSchema).check(
      z.superRefine((files, context) => {
        const maxFiles = field.maxFiles ?? 1;
        if (files.length > maxFiles)
          context.addIssue({
            code: 'custom',
            params: { code: 'too_many_files', maximum: maxFiles },
          });
        files.forEach((file, index) => {
          if (field.maxSize !== undefined && file.size > field.maxSize) {
            context.addIssue({
              code: 'custom',
              path: [index],
              params: { code: 'file_too_large', name: file.name, maximum: field.maxSize },
            });
          }
          if (!acceptsFile(field.accept, file)) {
            context.addIssue({
              code: 'custom',
              path: [index],
              params: { code: 'file_type_not_accepted', name: file.name, accept: field.accept },
            });
          }
        });
      }),
    ),
  exprType: () => ({
    kind: 'list',
    item: {
      kind: 'object',
      fields: {
        name: { kind: 'string' },
        size: { kind: 'number' },
        type: { kind: 'string' },
        ref: { kind: 'string' },
      },
    },
  }),
});
