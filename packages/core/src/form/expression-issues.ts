import { toIssue } from '../expr/issue';
import type { ExprType } from '../expr/types';
import type { Locale } from '../i18n/locale';
import { useDefinitionMessages } from './definition-messages';
import { collectFormExpressions, type FormExpressions } from './expressions';
import type { FieldTypeRegistry } from './field-type';
import { formatIssue, type Issue } from './issues';
import type { FormDefinition } from './schema';

/**
 * {@link collectFormExpressions} with every problem worded in `locale`: expression issues
 * carry the JSON pointer of their expression and the column inside it. What `parseForm`
 * reports; it loads the expression and definition messages, which validation alone does not.
 */
export function compileFormExpressions(
  form: FormDefinition,
  registry: FieldTypeRegistry,
  locale: Locale,
): { expressions: FormExpressions; issues: Issue[]; fields: Record<string, ExprType> } {
  useDefinitionMessages();
  const { expressions, problems, fields } = collectFormExpressions(form, registry);
  const issues = problems.map((problem): Issue => {
    if (problem.kind === 'form') return formatIssue(problem.issue, locale);
    const issue = toIssue(problem.issue, locale);
    return { ...issue, path: problem.path + issue.path };
  });
  return { expressions, issues, fields };
}
