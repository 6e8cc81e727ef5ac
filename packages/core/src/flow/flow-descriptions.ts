import type { DescriptionTable } from '../describe-json-schema';

/**
 * What each property of a flow definition means, by path (see `DescriptionTable`): the
 * descriptions of `schemas/flow.schema.json`, shown by editors as a coordinator types and
 * in the generated reference (docs/reference/flow.md). English, then Chinese.
 */
export const FLOW_DESCRIPTIONS: DescriptionTable = {};
