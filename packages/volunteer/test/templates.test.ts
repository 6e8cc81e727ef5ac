import { type FlowDefinition, parseFlow, simulateFlow } from '@yizhan/core/flow';
import { compileForm, type FormDefinition, parseForm } from '@yizhan/core/form';
import { describe, expect, it } from 'vitest';
import {
  copyTemplate,
  FLOW_TEMPLATE_IDS,
  loadFlowTemplate,
  loadFormTemplate,
  type TemplateId,
  templates,
} from '../src/templates';
import { FORM_ANSWERS, NOW } from './fixtures/form-answers';

/** The forms a flow's steps collect, by step: form steps, approvals with forms, evaluations. */
function stepForms(flow: FlowDefinition): string[] {
  return flow.steps.flatMap((step) => {
    const config = step as { form?: string; volunteer?: { form: string } };
    return [config.form, config.volunteer?.form].filter(
      (form): form is string => form !== undefined,
    );
  });
}

function formsOf(): Map<string, FormDefinition> {
  const forms = new Map<string, FormDefinition>();
  for (const id of FLOW_TEMPLATE_IDS)
    for (const form of loadFlowTemplate(id).forms) forms.set(form.id, form);
  forms.set('love-relay-entry', loadFormTemplate('love-relay-entry'));
  return forms;
}

describe('templates', () => {
  it('exports every template as data, with its file and kind', () => {
    expect(Object.entries(templates).map(([id, t]) => `${id} ${t.kind} ${t.file}`)).toEqual([
      'volunteer-registration flow volunteer-registration.flow.json',
      'micro-wish flow micro-wish.flow.json',
      'holiday-care-signup flow holiday-care-signup.flow.json',
      'service-shift flow service-shift.flow.json',
      'love-relay flow love-relay.flow.json',
      'love-relay-entry form love-relay-entry.form.json',
    ]);
    for (const [id, template] of Object.entries(templates)) expect(template.document.id).toBe(id);
  });

  it('parses every flow template with no issue, in both locales', () => {
    for (const id of FLOW_TEMPLATE_IDS)
      for (const locale of ['zh-CN', 'en'] as const) {
        const parsed = parseFlow(templates[id].document, { locale });
        expect(parsed.ok ? [] : parsed.issues, id).toEqual([]);
      }
    expect(parseForm(templates['love-relay-entry'].document).ok).toBe(true);
  });

  it('copies a template deeply, so a community can change it without touching the original', () => {
    const copy = copyTemplate('holiday-care-signup');
    const steps = copy.steps as { id: string; capacity?: number }[];
    const signup = steps.find((step) => step.id === 'signup');
    expect(signup?.capacity).toBe(30);
    if (signup) signup.capacity = 45;
    copy.title = '湖滨社区暑期托管班';
    const parsed = parseFlow(copy);
    expect(parsed.ok).toBe(true);
    const original = templates['holiday-care-signup'].document.steps as { capacity?: number }[];
    expect(original[1]?.capacity).toBe(30);
  });

  it('reports a broken copy with the path of the mistake', () => {
    const copy = copyTemplate('micro-wish');
    (copy.steps as { next?: string }[])[0] = { ...(copy.steps as object[])[0], next: 'reveiw' };
    const parsed = parseFlow(copy, { locale: 'en' });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['/steps/0/next', 'unknown_step'],
    ]);
  });
});

describe('every flow template, simulated', () => {
  const paths = (id: (typeof FLOW_TEMPLATE_IDS)[number]) => {
    const report = simulateFlow(loadFlowTemplate(id));
    expect(report.unreachable).toEqual([]);
    expect(report.cannotEnd).toEqual([]);
    expect(report.ok).toBe(true);
    return report.paths.map((path) =>
      path.steps.map((step, i) => (i === 0 ? step : `-${path.via[i - 1]}→ ${step}`)).join(' '),
    );
  };

  it('volunteer registration: approved or rejected (a return loops back to the form)', () => {
    expect(paths('volunteer-registration')).toMatchInlineSnapshot(`
      [
        "register -submit→ review -reject→ rejected",
        "register -submit→ review -approve→ welcome -next→ registered",
      ]
    `);
  });
  it('micro-wish: served with or without praise, unrated, or rejected (a decline loops back to match)', () => {
    expect(paths('micro-wish')).toMatchInlineSnapshot(`
      [
        "request -submit→ review -approve→ match -match→ serve -checkOut→ evaluate -submit→ thanks -otherwise→ done",
        "request -submit→ review -approve→ match -match→ serve -checkOut→ evaluate -submit→ thanks -when 1→ praise -next→ done",
        "request -submit→ review -approve→ match -match→ serve -checkOut→ evaluate -overdue→ unrated",
        "request -submit→ review -reject→ rejected",
      ]
    `);
  });
  it('holiday care: enrolled and reminded, or cancelled when nobody signed up', () => {
    expect(paths('holiday-care-signup')).toMatchInlineSnapshot(`
      [
        "setup -submit→ signup -close→ enough -when 1→ cancelled",
        "setup -submit→ signup -close→ enough -otherwise→ wait-reminder -elapsed→ remind -next→ enrolled",
      ]
    `);
  });
  it('service shift: served and rated, or cancelled', () => {
    expect(paths('service-shift')).toMatchInlineSnapshot(`
      [
        "setup -submit→ signup -close→ staffed -when 1→ cancelled",
        "setup -submit→ signup -close→ staffed -otherwise→ serve -checkOut→ review -submit→ done",
      ]
    `);
  });
  it('love relay: delivered (a decline loops back to match)', () => {
    expect(paths('love-relay')).toMatchInlineSnapshot(`
      [
        "setup -submit→ collect -elapsed→ closed -next→ match -match→ deliver -checkOut→ delivered",
      ]
    `);
  });
});

describe("each step's form against its fixtures", () => {
  const forms = formsOf();

  it('has fixtures for every form a step collects, and for nothing else', () => {
    const used = new Set(FLOW_TEMPLATE_IDS.flatMap((id) => stepForms(loadFlowTemplate(id))));
    used.add('love-relay-entry');
    expect([...used].sort()).toEqual(Object.keys(FORM_ANSWERS).sort());
    expect([...forms.keys()].sort()).toEqual([...used].sort());
  });

  for (const [formId, fixture] of Object.entries(FORM_ANSWERS)) {
    it(`${formId}: valid answers pass and invalid ones give exactly the expected issues`, () => {
      const form = forms.get(formId);
      if (form === undefined) throw new Error(`no form ${formId}`);
      const compiled = compileForm(form);
      fixture.valid.forEach((data, index) => {
        const result = compiled.validate(data, { now: NOW });
        expect(
          result.ok ? [] : result.issues.map((i) => [i.path, i.code, i.message]),
          `valid #${index}`,
        ).toEqual([]);
      });
      fixture.invalid.forEach(({ data, issues }, index) => {
        const result = compiled.validate(data, { now: NOW });
        expect(
          result.ok ? [] : result.issues.map((i) => [i.path, i.code]),
          `invalid #${index}`,
        ).toEqual(issues);
      });
    });
  }

  it('computes the age from the ID number, and asks for a guardian only for minors', () => {
    const form = compileForm(forms.get('volunteer-registration') as FormDefinition);
    const minor = form.liveState({ idNumber: '360802201205010026' });
    expect(minor.values.age).toBe(14);
    expect(minor.items.get('/guardianSection')?.visible).toBe(true);
    const adult = form.liveState({ idNumber: '36080219850312123X' });
    expect(adult.values.age).toBe(41);
    expect(adult.items.get('/guardianSection')?.visible).toBe(false);
    expect(form.liveState({}).items.get('/guardianSection')?.visible).toBe(false);
  });

  it('drops extra personal answers given without consent', () => {
    const form = compileForm(forms.get('volunteer-registration') as FormDefinition);
    const result = form.validate(
      {
        ...FORM_ANSWERS['volunteer-registration']?.valid[0],
        workplace: '庐陵新区城管局',
        home: { building: '5', room: '2103' },
      },
      { now: NOW },
    );
    expect(result.ok && result.value).not.toHaveProperty('workplace');
    expect(result.ok && result.value).not.toHaveProperty('home');
  });
});

const _typeCheck: TemplateId = 'love-relay-entry';
