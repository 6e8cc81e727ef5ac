/**
 * Importers: forms written for other tools (JSON Schema, SurveyJS) translated into Yizhan
 * form definitions, with an issue for everything that could not be translated.
 */
export {
  type ImportIssue,
  type ImportIssueSeverity,
  type ImportOptions,
  type ImportResult,
} from './import/import-issues';
export { IMPORT_ISSUE_CODES } from './import/messages';
export { importJsonSchema } from './import/json-schema/import-json-schema';
export { ImportOptionsError } from './import/source';
export { importSurveyJs } from './import/surveyjs/import-surveyjs';
