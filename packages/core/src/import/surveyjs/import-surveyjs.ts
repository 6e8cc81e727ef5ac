import { describeType } from '../../form/zod-issues';
import { DEFAULT_LOCALE, localize } from '../../i18n/locale';
import { type Draft, finishImport, isDraft, Origins } from '../finish';
import { type ImportOptions, type ImportResult, IssueSink } from '../import-issues';
import { compact, pointer, slugId, UNTITLED } from '../shared';
import { formId, readSource } from '../source';
import { translateElements } from './containers';
import { type PageSource, SurveyPlan } from './names';
import { translateConditions } from './questions';
import { Properties, SURVEY_LAYOUT, type SurveyEnv } from './survey-env';
import { SurveyText } from './survey-text';

/** The pages of a survey, or the survey itself when its elements sit at the top level. */
function pageSources(survey: Draft): PageSource[] {
  if (Array.isArray(survey.pages)) {
    return survey.pages.flatMap((page, index) => {
      if (!isDraft(page)) return [];
      const path = pointer('', 'pages', index);
      const key =
        page.elements === undefined && page.questions !== undefined ? 'questions' : 'elements';
      return [{ page, path, isPage: true, elements: page[key], elementsPath: pointer(path, key) }];
    });
  }
  const key =
    survey.elements === undefined && survey.questions !== undefined ? 'questions' : 'elements';
  return [
    {
      page: survey,
      path: '',
      isPage: false,
      elements: survey[key],
      elementsPath: pointer('', key),
    },
  ];
}

/** How a page is used: one of several, the only page of a titled survey, or of an untitled one. */
type PageRole = 'page' | 'only' | 'only-untitled';

function translatePage(source: PageSource, env: SurveyEnv, role: PageRole): Draft | undefined {
  if (!source.isPage) {
    // The survey itself: its own title and description are the form's.
    const fields = translateElements(source.elements, source.elementsPath, env);
    return fields.length > 0 ? { key: 'main', title: 'main', fields } : undefined;
  }
  const props = new Properties(source.page, source.path, env.sink);
  props.take(source.elementsPath.endsWith('questions') ? 'questions' : 'elements');
  const fields = translateElements(source.elements, source.elementsPath, env);
  const plan = env.plan.of(source.page);
  const name = typeof source.page.name === 'string' ? source.page.name : (plan?.key ?? '');
  const description = env.text.read(props.take('description'), props.at('description'));
  if (description !== undefined && fields.length > 0 && plan) {
    // A page has no help text of its own: its description opens the page as static text.
    const intro = env.origins.of(
      { type: 'static', key: env.plan.extraKey(`${plan.key}_intro`), content: description },
      props.at('description'),
    );
    fields.unshift(intro);
  }
  if (fields.length === 0) {
    env.sink.add('empty_container', source.path, { what: 'page', name });
    props.finish();
    return undefined;
  }
  const title = env.text.read(props.take('title'), props.at('title'));
  const page: Draft = { key: plan?.key ?? 'main', title: title ?? (name || plan?.key), fields };
  translateConditions(props, page, env, 'container');
  if (role !== 'page') {
    // One page is a one-page form: its condition (and title, if the survey has its own) have nowhere to go.
    if (title !== undefined && role === 'only')
      env.sink.add('property_ignored', props.at('title'), { property: 'title' });
    if (page.visibleIf !== undefined)
      env.sink.add('property_ignored', props.at('visibleIf'), { property: 'visibleIf' });
  }
  props.finish();
  return env.origins.of(page, source.path);
}

/**
 * Imports a SurveyJS survey (its JSON) into a Yizhan form definition: pages, panels
 * (sections), dynamic panels and dynamic matrices (repeat groups), the common question
 * types, validators, and `visibleIf`/`enableIf`/`requiredIf` expressions translated into
 * the Yizhan expression language. Everything that cannot be translated is reported with
 * its JSON pointer in the survey. Never throws on bad input.
 *
 * @example
 * const { definition, issues } = importSurveyJs(surveyJson, { locale: 'en' });
 * if (definition) console.log(JSON.stringify(definition, null, 2));
 */
export function importSurveyJs(survey: unknown, options: ImportOptions = {}): ImportResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const sink = new IssueSink(locale);
  const document = readSource(survey, sink);
  if (document === undefined) return { definition: undefined, issues: sink.issues };
  if (!isDraft(document)) {
    sink.add('source_not_object', '', {
      expected: '{ "pages": [ … ] }',
      received: describeType(document),
    });
    return { definition: undefined, issues: sink.issues };
  }
  const props = new Properties(document, '', sink, SURVEY_LAYOUT);
  const text = new SurveyText(props.take('locale'), sink);
  const title = text.read(props.take('title'), props.at('title'));
  const description = text.read(props.take('description'), props.at('description'));
  const sources = pageSources(document);
  props.take(
    Array.isArray(document.pages) ? 'pages' : (sources[0]?.elementsPath.slice(1) ?? 'elements'),
  );
  const plan = new SurveyPlan(sink);
  plan.planPages(sources);
  const env: SurveyEnv = {
    plan,
    sink,
    origins: new Origins(),
    text,
    scope: { top: plan.top },
    inRepeat: false,
  };
  const role: PageRole =
    sources.length > 1 ? 'page' : title === undefined ? 'only-untitled' : 'only';
  const pages = sources.flatMap((source) => {
    const page = translatePage(source, env, role);
    return page ? [page] : [];
  });
  props.finish();
  if (pages.length === 0) {
    sink.add('no_fields', '');
    return { definition: undefined, issues: sink.issues };
  }
  const onePage = role === 'page' ? undefined : pages[0];
  const pageTitle =
    onePage && isDraft(sources[0]?.page)
      ? text.read(sources[0].page.title, pointer(sources[0].path, 'title'))
      : undefined;
  const formTitle = title ?? (sources[0]?.isPage ? pageTitle : undefined);
  if (formTitle === undefined) sink.add('title_missing', '', { title: localize(UNTITLED, locale) });
  const form: Draft = compact({
    schemaVersion: 1,
    id: formId(options.id, slugId(text.plain(title))),
    version: 1,
    title: formTitle ?? UNTITLED,
    description,
    fields: onePage ? onePage.fields : undefined,
    pages: onePage ? undefined : pages,
  });
  return finishImport(form, env.origins, sink, locale);
}
