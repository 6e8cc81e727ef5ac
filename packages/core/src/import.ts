/**
 * Importers: forms written for other tools (JSON Schema, SurveyJS) translated into Yizhan
 * form definitions, with an issue for everything that could not be translated.
 */
export type {
  ImportIssue,
  ImportIssueSeverity,
  ImportOptions,
  ImportResult,
} from './import/import-issues';
export { importJsonSchema } from './import/json-schema/import-json-schema';
export { IMPORT_ISSUE_CODES } from './import/messages';
export { ImportOptionsError } from './import/source';
export { importSurveyJs } from './import/surveyjs/import-surveyjs';
