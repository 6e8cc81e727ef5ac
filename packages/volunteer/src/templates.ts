import { type FlowDefinition, parseFlow, simulateFlow } from '@yizhan/core/flow';
import { type FormDefinition, parseForm } from '@yizhan/core/form';
import type { LocalizedText } from '@yizhan/core/i18n';
import holidayCareSignup from '../templates/holiday-care-signup.flow.json' with { type: 'json' };
import loveRelay from '../templates/love-relay.flow.json' with { type: 'json' };
import loveRelayEntry from '../templates/love-relay-entry.form.json' with { type: 'json' };
import microWish from '../templates/micro-wish.flow.json' with { type: 'json' };
import serviceShift from '../templates/service-shift.flow.json' with { type: 'json' };
import volunteerRegistration from '../templates/volunteer-registration.flow.json' with {
  type: 'json',
};

/** A ready template of the volunteer-service pack: a flow or a form, as JSON data. */
export interface VolunteerTemplate {
  readonly kind: 'flow' | 'form';
  /** The file under `templates/` (also published as `@yizhan/volunteer/templates/<file>`). */
  readonly file: string;
  readonly title: LocalizedText;
  /** The definition as written. Copy it (`copyTemplate`) before changing it. */
  readonly document: Readonly<Record<string, unknown>>;
}

const flow = (file: string, document: { title: LocalizedText }): VolunteerTemplate => ({
  kind: 'flow',
  file,
  title: document.title,
  document: document as Readonly<Record<string, unknown>>,
});

/**
 * Every template of the pack, by id: volunteer registration (实名注册), micro-wish
 * (微心愿), the holiday child-care class sign-up with a waitlist (暑期公益托管班), a
 * service project shift with check-in and check-out, the love relay (爱心接龙) and the
 * relay's order form.
 */
export const templates = {
  'volunteer-registration': flow('volunteer-registration.flow.json', volunteerRegistration),
  'micro-wish': flow('micro-wish.flow.json', microWish),
  'holiday-care-signup': flow('holiday-care-signup.flow.json', holidayCareSignup),
  'service-shift': flow('service-shift.flow.json', serviceShift),
  'love-relay': flow('love-relay.flow.json', loveRelay),
  'love-relay-entry': {
    kind: 'form',
    file: 'love-relay-entry.form.json',
    title: loveRelayEntry.title,
    document: loveRelayEntry as Readonly<Record<string, unknown>>,
  },
} as const satisfies Readonly<Record<string, VolunteerTemplate>>;

/** The id of a template of the pack. */
export type TemplateId = keyof typeof templates;

/** The ids of the flow templates. */
export const FLOW_TEMPLATE_IDS = [
  'volunteer-registration',
  'micro-wish',
  'holiday-care-signup',
  'service-shift',
  'love-relay',
] as const satisfies readonly TemplateId[];

/** Thrown when a bundled template does not parse: a defect of the pack, never of user data. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/**
 * A deep copy of a template's JSON, for a community to change (its own title, capacity,
 * options) and then check with `parseFlow` / `parseForm`.
 *
 * @example
 * const mine = copyTemplate('holiday-care-signup');
 * mine.title = '湖滨社区暑期托管班';
 */
export function copyTemplate(id: TemplateId): Record<string, unknown> {
  return structuredClone(templates[id].document) as Record<string, unknown>;
}

/** A flow template, parsed and ready for `createRuntime({ definitions })`. */
export function loadFlowTemplate(id: (typeof FLOW_TEMPLATE_IDS)[number]): FlowDefinition {
  const parsed = parseFlow(templates[id].document);
  if (!parsed.ok)
    throw new TemplateError(
      `Template ${id} does not parse: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
  const report = simulateFlow(parsed.value);
  if (!report.ok)
    throw new TemplateError(`Template ${id} has steps that cannot end or be reached.`);
  return parsed.value;
}

/** A form template (the relay order form), parsed and ready for `compileForm`. */
export function loadFormTemplate(id: 'love-relay-entry'): FormDefinition {
  const parsed = parseForm(templates[id].document);
  if (!parsed.ok)
    throw new TemplateError(
      `Template ${id} does not parse: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
  return parsed.value;
}
