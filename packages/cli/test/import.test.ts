import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseForm } from '@yizhan/core/form';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli';
import { captureIo } from './capture-io';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../core/test/import/fixtures', name), 'utf8');

const survey = {
  title: '志愿者报名',
  elements: [
    { type: 'text', name: 'name', title: '姓名', isRequired: true },
    { type: 'text', name: 'phone', title: '手机号码' },
  ],
};

describe('yizhan import', () => {
  it('writes the definition to stdout and exits 0 when everything was translated', async () => {
    const io = captureIo();
    await io.writeText('survey.json', JSON.stringify(survey));
    expect(await runCli(['import', '--from', 'surveyjs', 'survey.json'], io)).toBe(0);
    expect(io.err).toEqual([]);
    expect(JSON.parse(io.out.join(''))).toEqual({
      schemaVersion: 1,
      id: 'imported-form',
      version: 1,
      title: '志愿者报名',
      fields: [
        { type: 'text', key: 'name', label: '姓名', required: true },
        { type: 'text', key: 'phone', label: '手机号码' },
      ],
    });
    expect(io.out.join('')).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);
  });

  it('prints notes about renamed keys but still exits 0', async () => {
    const io = captureIo();
    const schema = {
      title: 'Sign-up',
      type: 'object',
      properties: { 'full-name': { type: 'string' } },
    };
    await io.writeText('schema.json', JSON.stringify(schema));
    expect(
      await runCli(['import', '--from', 'jsonschema', 'schema.json', '--locale', 'en'], io),
    ).toBe(0);
    expect(io.err.join('')).toBe(
      'schema.json:/properties/full-name: The name "full-name" is not a valid Yizhan key (a letter, then letters, digits or underscores), so it became "full_name". Submitted data uses the new key: adjust any code that reads it. [key_renamed]\n',
    );
  });

  it('writes --out, prints what was not translated as file:path, and exits 1', async () => {
    const io = captureIo();
    await io.writeText('evaluation.json', fixture('service-evaluation.survey.json'));
    const code = await runCli(
      [
        'import',
        '--from=surveyjs',
        'evaluation.json',
        '--out',
        'form.json',
        '--id',
        'service-evaluation',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.out).toEqual([]);
    const written = JSON.parse(await io.readText('form.json'));
    expect(written.id).toBe('service-evaluation');
    expect(parseForm(written).ok).toBe(true);
    const lines = io.err.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(23);
    expect(lines[15]).toBe(
      'evaluation.json:/pages/0/elements/19: 分组 "emptyPanel" 中没有可以转换的内容，已省略。 [empty_container]',
    );
  });

  it('exits 1 and writes nothing when nothing could be translated', async () => {
    const io = captureIo();
    await io.writeText('list.json', '[1, 2]');
    expect(
      await runCli(['import', '--from', 'jsonschema', 'list.json', '--out', 'x.json'], io),
    ).toBe(1);
    expect(io.err.join('')).toContain('list.json:/: ');
    await expect(io.readText('x.json')).rejects.toThrow();
  });

  it.each([
    [['import', 'survey.json'], 'Say what the file is: --from surveyjs or --from jsonschema.'],
    [
      ['import', '--from', 'typeform', 'survey.json'],
      '--from takes surveyjs or jsonschema, not "typeform".',
    ],
    [['import', '--from', 'surveyjs'], 'Name exactly one file to import.'],
    [['import', '--from', 'surveyjs', 'a.json', 'b.json'], 'Name exactly one file to import.'],
    [['import', '--from', 'surveyjs', 'survey.json', '--out'], '--out needs a value.'],
    [['import', '--from', 'surveyjs', 'survey.json', '--force'], 'Unknown option "--force".'],
    [
      ['import', '--from', 'surveyjs', 'survey.json', '--id', 'Bad Id'],
      '--id: The form id "Bad Id" is not valid',
    ],
    [
      ['import', '--from', 'surveyjs', 'missing.json'],
      'missing.json：无法读取文件（ENOENT），请检查路径和权限。',
    ],
  ])('refuses %j with exit code 2', async (args, message) => {
    const io = captureIo();
    await io.writeText('survey.json', JSON.stringify(survey));
    expect(await runCli(args, io)).toBe(2);
    expect(io.err.join('')).toContain(message);
    expect(io.out).toEqual([]);
  });
});
