import { type Draft, isDraft } from '../finish';
import { compact } from '../shared';
import { translateExpression } from './expression-translate';
import type { Plan } from './names';
import { columnAsQuestion, surveyType } from './question-types';
import { translateConditions, translateValueQuestion } from './questions';
import { Properties, type SurveyEnv } from './survey-env';

/** Translates a list of SurveyJS elements (questions and panels), leaving out what cannot be. */
export function translateElements(elements: unknown, path: string, env: SurveyEnv): Draft[] {
  if (elements === undefined) return [];
  if (!Array.isArray(elements)) {
    env.sink.add('invalid_value', path, {
      property: path.split('/').at(-1),
      expected: 'a list',
      received: elements,
    });
    return [];
  }
  return elements.flatMap((element, index) => {
    const item = isDraft(element) ? translateElement(element, `${path}/${index}`, env) : undefined;
    return item ? [item] : [];
  });
}

function translateElement(element: Draft, path: string, env: SurveyEnv): Draft | undefined {
  const plan = env.plan.of(element);
  const type = surveyType(element);
  if (!plan) {
    if ((type === 'paneldynamic' || type === 'matrixdynamic') && env.inRepeat)
      env.sink.add('nested_repeat', path);
    else env.sink.add('unsupported_question_type', `${path}/type`, { type: element.type ?? null });
    return undefined;
  }
  const props = new Properties(element, path, env.sink);
  const item =
    type === 'panel'
      ? panel(props, plan, env)
      : type === 'multipletext'
        ? multipleText(props, plan, env)
        : plan.type === 'repeat'
          ? repeat(props, plan, env)
          : translateValueQuestion(props, plan, env);
  props.finish();
  return item;
}

function titleOf(props: Properties, plan: Plan, env: SurveyEnv) {
  const name = props.element.name;
  return (
    env.text.read(props.take('title'), props.at('title')) ??
    (typeof name === 'string' && name !== '' ? name : plan.key)
  );
}

function panel(props: Properties, plan: Plan, env: SurveyEnv): Draft | undefined {
  const title = titleOf(props, plan, env);
  const help = env.text.read(props.take('description'), props.at('description'));
  const fields = translateElements(props.take('elements'), props.at('elements'), env);
  if (fields.length === 0) {
    env.sink.add('empty_container', props.path, {
      what: 'section',
      name: props.element.name ?? plan.key,
    });
    return undefined;
  }
  const item = env.origins.of(
    compact({ type: 'section', key: plan.key, title, help, fields }),
    props.path,
  );
  translateConditions(props, item, env, 'container');
  return item;
}

function multipleText(props: Properties, plan: Plan, env: SurveyEnv): Draft | undefined {
  const title = titleOf(props, plan, env);
  const help = env.text.read(props.take('description'), props.at('description'));
  const items = props.take('items');
  const fields = (Array.isArray(items) ? items : []).flatMap((item, index) => {
    const itemPlan = isDraft(item) ? env.plan.of(item) : undefined;
    if (!isDraft(item) || !itemPlan) return [];
    const itemProps = new Properties({ ...item, type: 'text' }, props.at('items', index), env.sink);
    const field = translateValueQuestion(itemProps, itemPlan, env);
    itemProps.finish();
    return field ? [field] : [];
  });
  if (fields.length === 0) {
    env.sink.add('empty_container', props.path, {
      what: 'section',
      name: props.element.name ?? plan.key,
    });
    return undefined;
  }
  env.sink.add('data_flattened', props.path, {
    from: props.element.name ?? plan.key,
    prefix: `${plan.key}_`,
    example: fields[0]?.key,
  });
  const item = env.origins.of(
    compact({ type: 'section', key: plan.key, title, help, fields }),
    props.path,
  );
  translateConditions(props, item, env, 'container');
  return item;
}

function repeat(props: Properties, plan: Plan, env: SurveyEnv): Draft | undefined {
  const dynamicPanel = surveyType(props.element) === 'paneldynamic';
  const rowEnv: SurveyEnv = {
    ...env,
    scope: {
      top: env.scope.top,
      row: { table: plan.rows ?? new Map(), prefix: dynamicPanel ? 'panel' : 'row' },
    },
    inRepeat: true,
  };
  const label = titleOf(props, plan, env);
  const help = env.text.read(props.take('description'), props.at('description'));
  let fields: Draft[];
  if (dynamicPanel)
    fields = translateElements(
      props.take('templateElements'),
      props.at('templateElements'),
      rowEnv,
    );
  else {
    const columns = props.take('columns');
    props.take('choices');
    props.take('cellType');
    fields = (Array.isArray(columns) ? columns : []).flatMap((column, index) => {
      if (!isDraft(column)) return [];
      const at = props.at('columns', index);
      const columnPlan = env.plan.of(column);
      const question = columnAsQuestion(column, props.element);
      if (!columnPlan) {
        env.sink.add('unsupported_question_type', `${at}/cellType`, {
          type: question.type ?? null,
        });
        return [];
      }
      const columnProps = new Properties(question, at, env.sink);
      const field = translateValueQuestion(columnProps, columnPlan, rowEnv);
      columnProps.finish();
      return field ? [field] : [];
    });
  }
  if (fields.length === 0) {
    env.sink.add('empty_container', props.path, {
      what: 'section',
      name: props.element.name ?? plan.key,
    });
    return undefined;
  }
  const count = (name: string, min: number) => props.count(name, min);
  const item = compact({
    type: 'repeat',
    key: plan.key,
    label,
    help,
    minItems: count(dynamicPanel ? 'minPanelCount' : 'minRowCount', 0) || undefined,
    maxItems: count(dynamicPanel ? 'maxPanelCount' : 'maxRowCount', 1),
    addLabel: env.text.read(
      props.take(dynamicPanel ? 'panelAddText' : 'addRowText'),
      props.at(dynamicPanel ? 'panelAddText' : 'addRowText'),
    ),
    fields,
  });
  env.origins.of(item, props.path);
  const requiredIf = props.take('requiredIf');
  const required =
    requiredIf === undefined
      ? undefined
      : translateExpression(requiredIf, env.scope, props.at('requiredIf'), env.sink);
  if (required) item.required = required.text;
  else if (props.take('isRequired') === true) item.required = true;
  props.take('isRequired');
  translateConditions(props, item, env, 'field');
  return item;
}
