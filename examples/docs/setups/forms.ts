// Setup of the form samples (docs/forms.md): a volunteer sign-up form as JSON text, and
// answers to it.

/** A small volunteer sign-up form (志愿者报名), as a coordinator writes it. */
export const json = JSON.stringify({
  schemaVersion: 1,
  id: 'volunteer-signup',
  version: 1,
  title: { 'zh-CN': '志愿者报名', en: 'Volunteer sign-up' },
  fields: [
    {
      type: 'text',
      key: 'name',
      label: '姓名',
      required: true,
      rules: [{ type: 'length', min: 2, max: 20 }],
    },
    { type: 'phone', key: 'phone', label: '手机号码', required: true, pii: true },
    { type: 'date', key: 'birthDate', label: '出生日期' },
    {
      type: 'select',
      key: 'category',
      label: '服务类别',
      options: [
        { value: 'elderly-children', label: { 'zh-CN': '敬老爱幼', en: 'Elderly and children' } },
        { value: 'convenience', label: { 'zh-CN': '便民服务', en: 'Convenience services' } },
      ],
    },
    {
      type: 'text',
      key: 'guardianPhone',
      label: '监护人电话',
      visibleIf: "category == 'elderly-children'",
    },
  ],
});

/** A complete, valid submission. */
export const answers = {
  name: '王秀英',
  phone: '13812345678',
  birthDate: '1958-03-02',
  category: 'convenience',
};

/** What the user has typed so far. */
export const partialAnswers = { name: '王' };
