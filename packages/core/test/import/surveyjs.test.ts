import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormItem } from '../../src/form';
import { importSurveyJs } from '../../src/import';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));

type Item = FormItem & Record<string, unknown>;
function all(items: readonly FormItem[] | undefined): Item[] {
  return (items ?? []).flatMap((item) => [
    item as Item,
    ...('fields' in item ? all(item.fields as readonly FormItem[]) : []),
  ]);
}
function find(survey: unknown, key: string): Item | undefined {
  const { definition } = importSurveyJs(survey);
  const items = definition?.pages?.flatMap((page) => all(page.fields)) ?? all(definition?.fields);
  return items.find((item) => item.key === key);
}

const microWish = read('micro-wish.survey.json');
const relay = read('relay-order.survey.json');
const evaluation = read('service-evaluation.survey.json');

describe('importSurveyJs', () => {
  it('keeps pages, localized titles and the survey description', () => {
    const form = importSurveyJs(microWish).definition;
    expect(form?.title).toEqual({ en: 'Micro-wish request', 'zh-CN': '微心愿申请' });
    expect(form?.pages?.map((page) => [page.key, page.title])).toEqual([
      ['requester', { en: 'About you', 'zh-CN': '申请人信息' }],
      ['wish', { en: 'Your wish', 'zh-CN': '心愿内容' }],
    ]);
    // A page description opens the page as static text.
    expect(form?.pages?.[1]?.fields[0]).toEqual({
      type: 'static',
      key: 'wish_intro',
      content: { en: 'Tell us what you need.', 'zh-CN': '请告诉我们您需要什么帮助。' },
    });
  });

  it('maps question types and input types', () => {
    const types = (importSurveyJs(microWish).definition?.pages ?? []).flatMap((page) =>
      all(page.fields).map((item) => `${item.type}:${item.key}`),
    );
    expect(types).toEqual([
      'text:name',
      'phone:phone',
      'date:birthDate',
      'computed:requesterAge',
      'radio:community',
      'email:email',
      'section:home',
      'text:building',
      'text:room',
      'static:wish_intro',
      'select:category',
      'textarea:details',
      'checkbox-group:times',
      'date:visitDate',
      'number:budget',
      'checkbox:livesAlone',
      'phone:guardianPhone',
      'text:otherCategory',
      'file:photos',
      'static:privacyNote',
      'checkbox:consent',
    ]);
  });

  it('translates conditions: visibleIf, requiredIf, enableIf', () => {
    expect(find(microWish, 'guardianPhone')).toMatchObject({
      required: 'livesAlone == true and requesterAge >= 70',
      visibleIf: 'livesAlone == true',
      pii: true,
    });
    expect(find(microWish, 'otherCategory')).toMatchObject({
      visibleIf: "category == 'other'",
      readonlyIf: 'isEmpty(details)',
    });
    expect(find(microWish, 'visitDate')?.visibleIf).toBe('not isEmpty(times)');
  });

  it('translates validators into rules with their messages', () => {
    expect(find(microWish, 'room')?.rules).toEqual([
      {
        type: 'pattern',
        pattern: '^\\d{3,4}$',
        message: {
          en: 'Three or four digits, e.g. 2103',
          'zh-CN': '请填写三到四位数字，例如 2103',
        },
      },
    ]);
    expect(find(microWish, 'name')?.rules).toEqual([{ type: 'length', min: 2, max: 20 }]);
    expect(find(microWish, 'times')?.maxSelected).toBe(2);
    expect(find(microWish, 'consent')?.rules).toEqual([
      {
        type: 'expression',
        expression: 'consent == true',
        message: { en: 'Please agree to continue', 'zh-CN': '请勾选同意后再提交' },
      },
    ]);
    expect(find(microWish, 'budget')?.rules).toEqual([{ type: 'range', min: 0, max: 500 }]);
  });

  it('turns html into plain text and files into file fields', () => {
    expect(find(microWish, 'privacyNote')?.content).toBe('您的手机号码只用于联系您。');
    expect(find(microWish, 'photos')).toMatchObject({
      accept: ['image/*'],
      maxSize: 5242880,
      maxFiles: 50,
    });
  });

  it('turns a dynamic matrix into a repeat group with row expressions', () => {
    expect(find(relay, 'items')).toMatchObject({
      type: 'repeat',
      label: '接龙清单',
      minItems: 1,
      maxItems: 10,
      addLabel: '再加一样菜',
    });
    expect(find(relay, 'price')?.expression).toBe("if($row.vegetable == 'lettuce', 3, 2)");
    expect(find(relay, 'subtotal')?.expression).toBe('$row.jin * $row.price');
    expect(find(relay, 'note')?.visibleIf).toBe("$row.vegetable in ['lettuce', 'radish']");
    expect(find(relay, 'total')?.expression).toBe('sum(items.subtotal)');
  });

  it('turns dynamic panels into repeat groups and multiple text into prefixed fields', () => {
    expect(find(relay, 'payNote')?.visibleIf).toBe(
      "$row.payment != '现金' and not isEmpty(address_building)",
    );
    expect(find(relay, 'address')?.fields).toMatchObject([
      { key: 'address_building', required: true },
      { key: 'address_unit', type: 'number', rules: [{ type: 'range', min: 1, max: 6 }] },
      { key: 'address_room', required: true },
    ]);
    expect(find(relay, 'stairs')?.visibleIf).toBe(
      "delivery contains '2' and delivery contains '3' or delivery contains '1'",
    );
    expect(find(relay, 'delivery')?.default).toEqual(['1']);
  });

  it('maps ratings onto stars, whole numbers or radio buttons', () => {
    expect(find(evaluation, 'stars')).toEqual({
      type: 'rating',
      key: 'stars',
      label: '{residentName}，您对本次服务满意吗？',
      required: true,
    });
    expect(find(evaluation, 'recommend')).toMatchObject({
      type: 'integer',
      rules: [{ type: 'range', min: 0, max: 10 }],
    });
    expect(find(evaluation, 'punctuality')).toMatchObject({ type: 'radio' });
  });

  it('does not require a yes/no question, and removes what Yizhan refuses', () => {
    expect(find(evaluation, 'anonymous')).toEqual({
      type: 'checkbox',
      key: 'anonymous',
      label: '匿名评价',
    });
    expect(find(evaluation, 'again')?.default).toBeUndefined();
    expect(find(evaluation, 'question_1')?.visibleIf).toBeUndefined();
    const refused = importSurveyJs(evaluation, { locale: 'en' }).issues.at(-1);
    expect(refused?.message).toMatchInlineSnapshot(
      `"The translation does not fit the Yizhan form format, so "visibleIf" was removed: "praise" is a list of texts and cannot be compared with text using == (column 8). Add it back by hand in the imported definition."`,
    );
  });

  it('reads surveys without pages and with the older "questions"', () => {
    const flat = importSurveyJs({ title: '报名', elements: [{ type: 'text', name: 'a' }] });
    expect(flat.definition?.fields).toEqual([{ type: 'text', key: 'a', label: 'a' }]);
    expect(flat.issues).toEqual([]);
    const old = importSurveyJs({
      title: '报名',
      questions: [{ type: 'comment', name: 'b', title: '说明' }],
    });
    expect(old.definition?.fields).toEqual([{ type: 'textarea', key: 'b', label: '说明' }]);
  });

  it('uses the only page title when the survey has none', () => {
    const result = importSurveyJs({
      pages: [{ name: 'p', title: '接龙', elements: [{ type: 'text', name: 'a' }] }],
    });
    expect(result.definition?.title).toBe('接龙');
    expect(result.issues).toEqual([]);
  });

  it.each([
    [42, 'source_not_object'],
    [{ title: 'x', pages: [{ elements: [{ type: 'signaturepad', name: 's' }] }] }, 'no_fields'],
    ['{"pages": [', 'not_json'],
  ])('produces no definition from %j', (source, code) => {
    const result = importSurveyJs(source);
    expect(result.definition).toBeUndefined();
    expect(result.issues.at(-1)?.code).toBe(code);
  });
});
