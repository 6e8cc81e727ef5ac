// Setup of the rules fragment in docs/forms.md: each rule is put on a field of a type it
// fits (a length on text, a numeric range on an integer, a date range on a date …), so
// parseForm checks every rule as written.

type Rule = { type: string; min?: unknown; max?: unknown };

function fieldFor(rule: Rule, index: number): Record<string, unknown> {
  const key = `f${index}`;
  if (rule.type === 'range' && typeof rule.min === 'number')
    return { type: 'integer', key, label: key };
  if (rule.type === 'range') return { type: 'date', key, label: key };
  if (rule.type === 'expression') return { type: 'date', key: 'endDate', label: '结束日期' };
  if (rule.type === 'async') return { type: 'phone', key, label: key };
  return { type: 'text', key, label: key };
}

/** Puts each rule of the fragment on a field of its own in a form. */
export function embed(fragment: Record<string, unknown>) {
  const rules = fragment.rules as Rule[];
  return {
    kind: 'form' as const,
    definition: {
      schemaVersion: 1,
      id: 'rules-sample',
      version: 1,
      title: 'Rules',
      fields: [
        { type: 'date', key: 'startDate', label: '开始日期' },
        ...rules.map((rule, index) => ({ ...fieldFor(rule, index), rules: [rule] })),
      ],
    },
  };
}
