import type { Draft, Origins } from '../finish';
import type { IssueSink } from '../import-issues';
import { pointer } from '../shared';
import type { ExpressionScope } from './expression-translate';
import type { SurveyPlan } from './names';
import type { SurveyText } from './survey-text';

/** What every step of the SurveyJS import shares, and where in the survey it is. */
export interface SurveyEnv {
  readonly plan: SurveyPlan;
  readonly sink: IssueSink;
  readonly origins: Origins;
  readonly text: SurveyText;
  readonly scope: ExpressionScope;
  readonly inRepeat: boolean;
}

// Properties that only change how SurveyJS lays a question out, or its wording of buttons:
// a Yizhan form renders these its own way, so they are left out without an issue.
const LAYOUT = [
  'name',
  'type',
  'width',
  'minWidth',
  'maxWidth',
  'startWithNewLine',
  'titleLocation',
  'descriptionLocation',
  'errorLocation',
  'indent',
  'innerIndent',
  'hideNumber',
  'showNumber',
  'colCount',
  'renderAs',
  'showTitle',
  'state',
  'autocomplete',
  'size',
  'inputSize',
  'textUpdateMode',
  'choicesOrder',
  'separateSpecialChoices',
  'hasSelectAll',
  'showSelectAllItem',
  'selectAllText',
  'itemComponent',
  'questionTitleLocation',
  'questionsOrder',
  'questionErrorLocation',
  'displayStyle',
  'format',
  'currency',
  'maximumFractionDigits',
  'minimumFractionDigits',
  'useGrouping',
  'precision',
  'templateTitle',
  'templateDescription',
  'templateTabTitle',
  'tabTitlePlaceholder',
  'panelCount',
  'rowCount',
  'renderMode',
  'displayMode',
  'allowRemovePanel',
  'allowAddPanel',
  'allowAddRows',
  'allowRemoveRows',
  'allowRowsDragAndDrop',
  'confirmDelete',
  'confirmDeleteText',
  'panelRemoveText',
  'panelRemoveButtonLocation',
  'panelPrevText',
  'panelNextText',
  'removeRowText',
  'noRowsText',
  'showQuestionNumbers',
  'rateType',
  'rateDisplayMode',
  'displayRateDescriptionsAsExtremeItems',
  'minRateDescription',
  'maxRateDescription',
  'scaleColorMode',
  'rateColorMode',
  'autoGenerate',
  'labelTrue',
  'labelFalse',
  'swapOrder',
  'storeDataAsText',
  'waitForUpload',
  'needConfirmRemoveFile',
  'showPreview',
  'imageHeight',
  'imageWidth',
  'allowImagesPreview',
  'sourceType',
  'fileOrPhotoPlaceholder',
  'photoPlaceholder',
  'filePlaceholder',
  'searchEnabled',
  'allowClear',
  'hideSelectedItems',
  'closeOnSelect',
  'choicesLazyLoadEnabled',
  'columnLayout',
  'columnColCount',
  'columnMinWidth',
  'horizontalScroll',
  'allowResizeComment',
  'autoGrow',
  'acceptCarriageReturn',
  'dataList',
  'navigationTitle',
  'navigationDescription',
  'correctAnswer',
  'isUnique',
  'minWidth',
  'itemSize',
  'inputTextAlignment',
];

/** Survey-level properties about the SurveyJS player (progress bar, buttons, pages mode…). */
export const SURVEY_LAYOUT = new Set([
  ...LAYOUT,
  'locale',
  'logo',
  'logoPosition',
  'logoWidth',
  'logoHeight',
  'logoFit',
  'showProgressBar',
  'progressBarType',
  'showNavigationButtons',
  'showPrevButton',
  'pagePrevText',
  'pageNextText',
  'completeText',
  'startSurveyText',
  'firstPageIsStarted',
  'showTOC',
  'goNextPageAutomatic',
  'widthMode',
  'questionsOnPageMode',
  'showCompletedPage',
  'completedHtml',
  'completedBeforeHtml',
  'loadingHtml',
  'checkErrorsMode',
  'focusFirstQuestionAutomatic',
  'focusOnFirstError',
  'clearInvisibleValues',
  'showPageTitles',
  'showPageNumbers',
  'requiredText',
  'questionDescriptionLocation',
  'questionStartIndex',
  'questionTitlePattern',
  'showPreviewBeforeComplete',
  'previewText',
  'editText',
  'showBrandInfo',
  'autoGrowComment',
  'headerView',
  'backgroundImage',
  'backgroundImageFit',
  'backgroundOpacity',
  'cookieName',
  'sendResultOnPageNext',
  'storeOthersAsComment',
  'surveyId',
  'surveyPostId',
  'mode',
]);

/** Element-level properties left out without an issue; see {@link SURVEY_LAYOUT}. */
export const ELEMENT_LAYOUT: ReadonlySet<string> = new Set(LAYOUT);

/**
 * Reads the properties of one SurveyJS element and remembers which were used, so every
 * property left over is reported instead of dropped silently.
 */
export class Properties {
  private readonly used = new Set<string>();

  constructor(
    readonly element: Draft,
    readonly path: string,
    private readonly sink: IssueSink,
    private readonly quiet: ReadonlySet<string> = ELEMENT_LAYOUT,
  ) {}

  /** A property's value, now counted as translated. */
  take(name: string): unknown {
    this.used.add(name);
    return Object.hasOwn(this.element, name) ? this.element[name] : undefined;
  }

  /** The source path of a property. */
  at(name: string, ...more: readonly (string | number)[]): string {
    return pointer(this.path, name, ...more);
  }

  /** A property that must be a whole number ≥ `min`; reports other values. */
  count(name: string, min: number): number | undefined {
    const value = this.take(name);
    if (value === undefined) return undefined;
    if (Number.isInteger(value) && (value as number) >= min) return value as number;
    this.sink.add('invalid_value', this.at(name), {
      property: name,
      expected: `a whole number ≥ ${min}`,
      received: value,
    });
    return undefined;
  }

  /** Reports every property nobody used. */
  finish(): void {
    for (const name of Object.keys(this.element)) {
      if (this.used.has(name) || this.quiet.has(name)) continue;
      this.sink.add('property_ignored', this.at(name), { property: name });
    }
  }
}
