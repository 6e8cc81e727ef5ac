import { describe, expect, it } from 'vitest';
import { undescribedProperties, unusedDescriptions } from '../src/describe-json-schema';
import { FLOW_DESCRIPTIONS, flowJsonSchema } from '../src/flow';
import { FORM_DESCRIPTIONS, formDefinitionJsonSchema } from '../src/form';

describe.each([
  ['flow', flowJsonSchema, FLOW_DESCRIPTIONS],
  ['form', formDefinitionJsonSchema, FORM_DESCRIPTIONS],
] as const)('the %s definition schema', (_, generate, table) => {
  it('describes every property', () => {
    expect(undescribedProperties(generate(), table)).toEqual([]);
  });

  it('has no description of a property that does not exist', () => {
    expect(unusedDescriptions(generate(), table)).toEqual([]);
  });

  it('puts each description on its property', () => {
    const schema = generate() as { properties: Record<string, { description?: string }> };
    expect(table.id).toEqual(expect.any(String));
    expect(schema.properties.id?.description).toBe(table.id);
  });
});
