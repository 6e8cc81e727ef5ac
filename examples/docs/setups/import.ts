// Setup of the importer samples (docs/importing.md): a small SurveyJS survey.

/** A micro-wish survey written for SurveyJS. */
export const surveyJson = {
  title: '微心愿',
  pages: [
    {
      name: 'wish',
      elements: [
        { type: 'text', name: 'wish', title: '心愿内容', isRequired: true },
        { type: 'text', name: 'phone', title: '联系电话', inputType: 'tel' },
        { type: 'boolean', name: 'livesAlone', title: '独居老人' },
        { type: 'comment', name: 'note', title: '备注', visibleIf: '{livesAlone} = true' },
      ],
    },
  ],
};
