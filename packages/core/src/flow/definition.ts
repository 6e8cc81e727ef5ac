import type { FormDefinition } from '../form';
import type { LocalizedText } from '../i18n/locale';
import type { RoleDefinition } from './schema';
import type { StepConfig } from './step-type';

/**
 * A flow definition that `parseFlow` accepted: steps checked against their types, form
 * references resolved, `start` filled in. This is what `compileFlow` takes.
 */
export interface FlowDefinition {
  readonly schemaVersion: number;
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly roles: readonly RoleDefinition[];
  /** Every form the steps use: inline ones, referenced ones, and those step types bring. */
  readonly forms: readonly FormDefinition[];
  readonly start: string;
  /** The steps; each one's fields are those of its type's schema. */
  readonly steps: readonly StepConfig[];
}
