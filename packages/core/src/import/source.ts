import type { IssueSink } from './import-issues';

/** Thrown when an importer is called wrongly (an invalid `id` option): a programming error. */
export class ImportOptionsError extends Error {
  override name = 'ImportOptionsError';
}

const FORM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * The source document: the value itself, or the parsed JSON when given text. Reports text
 * that is not JSON and returns undefined for it.
 */
export function readSource(source: unknown, sink: IssueSink): unknown {
  if (typeof source !== 'string') return source;
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    sink.add('not_json', '', { detail: (error as Error).message });
    return undefined;
  }
}

/**
 * The id of an imported form: the caller's `id` (which must be a valid form id), else the
 * first usable candidate taken from the document, else `imported-form`.
 */
export function formId(given: string | undefined, ...candidates: (string | undefined)[]): string {
  if (given !== undefined) {
    if (!FORM_ID.test(given))
      throw new ImportOptionsError(
        `The form id ${JSON.stringify(given)} is not valid: use lowercase letters, digits and hyphens, for example "volunteer-registration".`,
      );
    return given;
  }
  return (
    candidates.find((candidate) => candidate !== undefined && FORM_ID.test(candidate)) ??
    'imported-form'
  );
}
