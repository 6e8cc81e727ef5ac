import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli';
import { captureIo } from './capture-io';

const fixtures = join(import.meta.dirname, '..', '..', 'core', 'test', 'fixtures');

/** Type-checks the files together with the strict compiler; returns the diagnostics by file name. */
function typeErrors(files: Record<string, string>): Record<string, string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'yizhan-types-'));
  const names = Object.entries(files).map(([name, text]) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  });
  const program = ts.createProgram(names, {
    skipLibCheck: true,
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const byFile: Record<string, string[]> = Object.fromEntries(
    Object.keys(files).map((name) => [name, []]),
  );
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const name = diagnostic.file ? (diagnostic.file.fileName.split('/').at(-1) ?? '') : 'global';
    byFile[name] = [
      ...(byFile[name] ?? []),
      ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    ];
  }
  return byFile;
}

describe('yizhan types', () => {
  it('writes the submission type of the sign-up form', async () => {
    const io = captureIo();
    await io.writeText(
      'signup.json',
      await readFile(join(fixtures, 'volunteer-signup.json'), 'utf8'),
    );
    expect(await runCli(['types', 'signup.json', '--out', 'signup.ts'], io)).toBe(0);
    expect(io.out.join('')).toBe('signup.ts: wrote VolunteerSignupSubmission\n');
    const source = await io.readText('signup.ts');
    expect(source).toContain('export interface VolunteerSignupSubmission {');
    expect(source).toContain('name: string;');
    expect(source).toContain('skills?: string;');
    expect(source).toContain('consent: boolean;');
  });

  // One compiler run type-checks both files; the TypeScript compiler takes a few seconds to start.
  it('gives types that accept valid data and refuse wrong data, for rows and computed values too', {
    timeout: 60_000,
  }, async () => {
    const io = captureIo();
    await io.writeText(
      'registration.json',
      await readFile(join(fixtures, 'volunteer-registration.json'), 'utf8'),
    );
    expect(await runCli(['types', 'registration.json', '--name', 'Registration'], io)).toBe(0);
    const types = io.out.join('');
    const good = `import type { Registration } from './types';
      export const ok: Registration = { name: '李梅', idNumber: 'x', phone: '138', birthDate: '1990-03-07', skills: ['haircut'], consent: true, age: 36,
        family: [{ name: '王芳', age: 67, elderly: true }], home: { building: '5', unit: '1', room: '2103' } };`;
    const bad = `import type { Registration } from './types';
      export const wrong: Registration = { name: 1, idNumber: 'x', phone: '138', birthDate: '1990-03-07', skills: ['haircut'], consent: true, family: [{ age: 3 }] };`;
    const errors = typeErrors({ 'types.ts': types, 'good.ts': good, 'bad.ts': bad });
    expect(errors['types.ts']).toEqual([]);
    expect(errors['good.ts']).toEqual([]);
    // `name: 1` is not a string, and the household row lacks its required name.
    expect(errors['bad.ts']).toHaveLength(2);
  });

  it('prints the issues of a broken definition instead of types', async () => {
    const io = captureIo();
    await io.writeText('bad.json', '{"schemaVersion": 1}');
    expect(await runCli(['types', 'bad.json', '--locale', 'en'], io)).toBe(1);
    expect(io.err.join('')).toContain(
      'bad.json:/id: The property "id" is required. Add it. [missing_property]',
    );
  });
});
