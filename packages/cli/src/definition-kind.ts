/** The two kinds of definition files the CLI checks. */
export type DefinitionKind = 'form' | 'flow';

/**
 * Tells a flow definition from a form definition by its shape: a document with `steps` and
 * no `fields` is a flow; anything else (including text that is not JSON, which the form
 * parser then reports with its position) is checked as a form.
 */
export function definitionKind(text: string): DefinitionKind {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return 'form';
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return 'form';
  return 'steps' in document && !('fields' in document) ? 'flow' : 'form';
}
