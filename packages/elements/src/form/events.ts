import type { Issue, SubmissionData } from '@yizhan/core/form';

/** Detail of the `yz-change` event. */
export interface YzChangeDetail {
  /** The top-level key of the answer that changed (the group's key for a row field). */
  readonly key: string;
  /** The JSON pointer of the answer: `/name`, `/members/0/name`. */
  readonly path: string;
  readonly value: unknown;
  readonly values: SubmissionData;
}
/** Detail of the `yz-submit` event: the cleaned, validated data. */
export interface YzSubmitDetail {
  readonly data: SubmissionData;
}
/** Detail of the `yz-invalid` event: the issues that stopped a submission. */
export interface YzInvalidDetail {
  readonly issues: readonly Issue[];
}
/** A failed server check: a ready issue, or `{ path, check }` to be worded by the form's async rule. */
export type ServerIssue = Issue | { readonly path: string; readonly check: string };
