import {
  createFieldTypeRegistry,
  type FieldTypeDefinition,
  type FieldTypeRegistry,
} from '@yizhan/core/form';

/** Thrown when a host registers a field element wrongly: a programming error, not bad data. */
export class FieldElementError extends Error {
  override name = 'FieldElementError';
}

// A valid custom element name: lowercase letter first, a hyphen, no capitals or spaces.
const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

const types = new Map<string, FieldTypeDefinition>();
const tags = new Map<string, string>();
let registry: FieldTypeRegistry | undefined;

/**
 * Lets every `<yz-form>` (also the one inside `<yz-task>`) accept, validate and render a
 * custom field type: forms check and validate its answers with `fieldType`, and render it
 * as `<tag>` with the contract of the built-in fields (properties `field`, `value`,
 * `locale`, `required`, `readonly`, `disabled`, `error`, `options`; events `yz-input` with
 * `{ value }` and `change`). Register before a form gets its definition. Define the tag
 * with `customElements.define` yourself.
 *
 * @example
 * customElements.define('example-availability', AvailabilityInput);
 * registerFieldElement(availabilityField, 'example-availability');
 */
export function registerFieldElement(fieldType: FieldTypeDefinition, tag: string): void {
  if (!TAG.test(tag))
    throw new FieldElementError(
      `"${tag}" is not a custom element name: use lowercase letters with a hyphen, such as "acme-color".`,
    );
  const known = types.get(fieldType.type);
  if (known !== undefined && known !== fieldType)
    throw new FieldElementError(
      `Field type "${fieldType.type}" is already registered with another definition; register each type once.`,
    );
  // Checks the name (namespaced, not a built-in type) before anything is kept.
  const next = createFieldTypeRegistry([...types.values(), ...(known ? [] : [fieldType])]);
  types.set(fieldType.type, fieldType);
  tags.set(fieldType.type, tag);
  registry = next;
}

/** The built-in field types plus those registered with {@link registerFieldElement}; `undefined` when none were. */
export function registeredFieldTypes(): FieldTypeRegistry | undefined {
  return registry;
}

/** The tag of the element that renders a registered custom type. */
export function customFieldTag(type: string): string | undefined {
  return tags.get(type);
}
