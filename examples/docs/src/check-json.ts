// Checks JSON samples: they parse, and a form or flow definition (or a fragment embedded
// into one by a setup file) passes `parseForm` / `parseFlow`.
import { join } from 'node:path';
import { parseFlow } from '@yizhan/core/flow';
import { parseForm } from '@yizhan/core/form';
import type { CodeBlock } from './code-blocks';
import { SETUPS_DIR } from './run-code';

/** What a fragment setup (`fragment=<name>`, `setups/<name>.ts`) exports. */
export interface FragmentSetup {
  /** Puts the fragment's members into a whole definition. */
  embed(fragment: Record<string, unknown>): { kind: 'form' | 'flow'; definition: unknown };
}

/** Which definition a JSON value is, by its shape. */
export function definitionKind(value: unknown): 'form' | 'flow' | undefined {
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return undefined;
  if ('steps' in value) return 'flow';
  if ('fields' in value || 'pages' in value) return 'form';
  return undefined;
}

/**
 * Problems of one JSON sample, as sentences. A fragment (`"rules": [ … ]`) is wrapped in
 * braces before it is parsed.
 */
export async function checkJson(block: CodeBlock): Promise<string[]> {
  const fragment = block.marker?.options.get('fragment');
  const text = fragment && block.code.trim().startsWith('"') ? `{${block.code}}` : block.code;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [`Not JSON: ${(error as Error).message}`];
  }
  let kind = block.marker?.options.has('flow')
    ? 'flow'
    : block.marker?.options.has('form')
      ? 'form'
      : definitionKind(value);
  if (fragment) {
    const setup = (await import(join(SETUPS_DIR, `${fragment}.ts`))) as FragmentSetup;
    const embedded = setup.embed(value as Record<string, unknown>);
    kind = embedded.kind;
    value = embedded.definition;
  }
  if (kind === undefined) return [];
  const result =
    kind === 'form' ? parseForm(value, { locale: 'en' }) : parseFlow(value, { locale: 'en' });
  return result.ok
    ? []
    : result.issues.map((issue) => `${kind} ${issue.path}: ${issue.message} [${issue.code}]`);
}
