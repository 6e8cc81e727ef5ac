import type { FlowContext } from '@yizhan/core/flow';
import type { ServiceDetails } from './ledger';

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The Beijing-time date (`YYYY-MM-DD`) of an ISO instant: China has used UTC+8 since 1991. */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** What a serve step does not know about the service, given by the caller. */
export interface ServeRecordDetails {
  readonly project: string;
  readonly place: string;
  readonly content: string;
  readonly personInCharge: string;
  readonly recorder: string;
  readonly beneficiary?: string;
  readonly rating?: number;
}

/**
 * The ledger entries a finished `serve` step gives: one per volunteer of the instance
 * (`context.volunteers`), with the hours between check-in and check-out and the Beijing
 * date of the check-in. Empty when the step has not been checked out.
 *
 * @example
 * for (const service of serviceFromServe(instance.context, 'serve', details))
 *   ledger = unwrap(recordService(ledger, service, { by: details.recorder, at: now }));
 */
export function serviceFromServe(
  context: FlowContext,
  stepId: string,
  details: ServeRecordDetails,
): ServiceDetails[] {
  const record = context.steps[stepId];
  const checkedInAt = record?.checkedInAt;
  const hours = record?.hours;
  if (
    typeof checkedInAt !== 'string' ||
    typeof hours !== 'number' ||
    record?.checkedOutAt === undefined
  )
    return [];
  return context.volunteers.map((volunteerId) => ({
    volunteerId,
    project: details.project,
    date: beijingDate(checkedInAt),
    place: details.place,
    ...(details.beneficiary === undefined ? {} : { beneficiary: details.beneficiary }),
    content: details.content,
    hours,
    ...(details.rating === undefined ? {} : { rating: details.rating }),
    personInCharge: details.personInCharge,
    recorder: details.recorder,
    source: { instanceId: context.instanceId, stepId },
  }));
}
