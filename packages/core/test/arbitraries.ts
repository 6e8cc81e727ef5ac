// fast-check generators of valid form definitions and of answers for them, shared by the
// property tests in Node and the cross-runtime test in Chromium.
import fc from 'fast-check';
import type { FormDefinition, FormItem } from '../src/form';

type Leaf = { type: string; key: string; label: string; [property: string]: unknown };

const options = [
  { value: 'a', label: '甲' },
  { value: 'b', label: '乙' },
  { value: 'c', label: '丙' },
];

/** One field of a type that conditions can refer to, with a key given by the caller. */
function leaf(key: string): fc.Arbitrary<Leaf> {
  return fc
    .oneof(
      fc.record({
        type: fc.constant('text'),
        rules: fc.constantFrom(undefined, [{ type: 'length', max: 5 }]),
      }),
      fc.record({
        type: fc.constant('number'),
        rules: fc.constantFrom(undefined, [{ type: 'range', min: 0, max: 10 }]),
      }),
      fc.record({ type: fc.constant('integer') }),
      fc.record({ type: fc.constant('checkbox') }),
      fc.record({ type: fc.constant('select'), options: fc.constant(options) }),
      fc.record({
        type: fc.constant('multiselect'),
        options: fc.constant(options),
        maxSelected: fc.constantFrom(undefined, 2),
      }),
      fc.record({ type: fc.constant('date') }),
      fc.record({ type: fc.constant('rating') }),
      fc.record({ type: fc.constant('phone') }),
    )
    .map((field) => {
      const clean = Object.fromEntries(
        Object.entries(field).filter(([, value]) => value !== undefined),
      );
      return { ...clean, key, label: key } as Leaf;
    });
}

/** A condition over an earlier field, in the expression language. */
function conditionOn(field: Leaf): string {
  switch (field.type) {
    case 'checkbox':
      return field.key;
    case 'number':
    case 'integer':
    case 'rating':
      return `${field.key} > 3`;
    case 'select':
      return `${field.key} == 'a'`;
    case 'multiselect':
      return `${field.key} contains 'b'`;
    default:
      return `not isEmpty(${field.key})`;
  }
}

/** A valid definition: 1–8 items (fields, a section, a repeat group), conditions on earlier fields. */
export const formDefinitionArbitrary: fc.Arbitrary<FormDefinition> = fc
  .array(fc.tuple(fc.nat(9), fc.nat(3), fc.nat(3), fc.boolean()), { minLength: 1, maxLength: 8 })
  .chain((shapes) =>
    fc.tuple(...shapes.map((_, index) => leaf(`k${index}`))).map((leaves) => {
      const items: FormItem[] = leaves.map((field, index) => {
        const [kind, visibleFrom, requiredFrom, required] = shapes[index] ?? [0, 0, 0, false];
        // Conditions refer to earlier fields that stay top-level answers (not repeat rows).
        const earlier = leaves.slice(0, index).filter((_, position) => shapes[position]?.[0] !== 9);
        const item: Leaf = { ...field };
        if (earlier.length > 0 && visibleFrom > 0)
          item.visibleIf = conditionOn(earlier[visibleFrom % earlier.length] as Leaf);
        if (earlier.length > 0 && requiredFrom > 1)
          item.required = conditionOn(earlier[requiredFrom % earlier.length] as Leaf);
        else if (required) item.required = true;
        if (kind === 8)
          return {
            type: 'section',
            key: `s${index}`,
            title: `节${index}`,
            visibleIf: item.visibleIf,
            fields: [{ ...item, visibleIf: undefined }],
          } as unknown as FormItem;
        if (kind === 9) {
          return {
            type: 'repeat',
            key: `r${index}`,
            label: `组${index}`,
            maxItems: 3,
            fields: [{ ...field, key: 'x', label: 'x', required }],
          } as unknown as FormItem;
        }
        return item as unknown as FormItem;
      });
      const definition = {
        schemaVersion: 1,
        id: 'generated',
        version: 1,
        title: '生成的表单',
        fields: items,
      };
      return JSON.parse(JSON.stringify(definition)) as FormDefinition;
    }),
  );

const someValue = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 15 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom('a', 'b', 'c', '2026-02-30', '2000-01-01', '13812345678', '', null),
  fc.array(fc.constantFrom('a', 'b', 'c', 'z'), { maxLength: 4 }),
);

/** Answers for a definition's keys: plausible values, wrong types, rows, and extra keys. */
export function answersArbitrary(
  definition: FormDefinition,
): fc.Arbitrary<Record<string, unknown>> {
  const keys = (definition.fields ?? []).flatMap((item) =>
    item.type === 'section' ? item.fields.map((field) => field.key) : [item.key],
  );
  const entries = keys.map((key) =>
    key.startsWith('r')
      ? fc.option(
          fc.array(fc.oneof(fc.record({ x: someValue }), fc.anything()), { maxLength: 4 }),
          { nil: undefined },
        )
      : fc.option(someValue, { nil: undefined }),
  );
  return fc
    .tuple(
      fc.tuple(...entries),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.anything(), { maxKeys: 2 }),
    )
    .map(([values, extra]) => {
      const answers: Record<string, unknown> = { ...extra };
      keys.forEach((key, index) => {
        if (values[index] !== undefined) answers[key] = values[index];
      });
      return answers;
    });
}
