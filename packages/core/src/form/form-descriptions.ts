import type { DescriptionTable } from '../describe-json-schema';

/**
 * What each property of a form definition means, by path (see `DescriptionTable`): the
 * descriptions of `schemas/form.schema.json`, shown by editors as a coordinator types and
 * in the generated reference (docs/reference/form.md). English, then Chinese. A field's
 * properties are under `field`, the schema's definition of one field of any type.
 */
export const FORM_DESCRIPTIONS: DescriptionTable = {};
