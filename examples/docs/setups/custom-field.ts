// Setup of the custom field samples: a form that uses the weekly-availability field of
// examples/custom-field.
import { createFieldTypeRegistry, parseForm } from '@yizhan/core/form';
import { availabilityField } from '../../custom-field/src/availability-field';

export { availabilityField };

/** A volunteer registration with a weekly availability field. */
export const json = {
  schemaVersion: 1,
  id: 'volunteer-availability',
  version: 1,
  title: '服务时间登记',
  fields: [
    { type: 'text', key: 'name', label: '姓名', required: true },
    {
      type: 'example:availability',
      key: 'slots',
      label: '每周可服务时段',
      maxSlots: 7,
      opensAt: '07:00',
    },
  ],
};

const parsed = parseForm(json, { fieldTypes: createFieldTypeRegistry([availabilityField]) });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
/** The parsed definition. */
export const definition = parsed.value;
