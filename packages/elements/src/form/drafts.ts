import type { FormDefinition, FormItem, SubmissionData } from '@yizhan/core/form';

/**
 * Where unsent answers are kept between visits. The default keeps them in this browser's
 * localStorage; a host can keep them on its server instead (a resume token in the key or
 * in its own session) by giving `<yz-form>` an object with these three methods.
 *
 * @example
 * form.drafts = {
 *   load: (key) => fetch(`/drafts/${key}?token=${token}`).then((r) => (r.ok ? r.json() : undefined)),
 *   save: (key, data) => fetch(`/drafts/${key}?token=${token}`, { method: 'PUT', body: JSON.stringify(data) }),
 *   clear: (key) => fetch(`/drafts/${key}?token=${token}`, { method: 'DELETE' }),
 * };
 */
export interface DraftStore {
  /** The saved answers for a form, or nothing. */
  load(key: string): DraftData | Promise<DraftData>;
  /** Keeps the answers typed so far; may return a promise (failures are ignored). */
  save(key: string, data: SubmissionData): unknown;
  /** Forgets the answers (after a submission or "start again"). */
  clear(key: string): unknown;
  /**
   * Whether answers to fields marked `pii` (ID numbers, phones) may be kept. The default
   * local store says no: a shared phone or a community-centre tablet should not keep them.
   */
  readonly personalData?: boolean;
}

/** What a draft store returns: answers, or nothing saved. */
export type DraftData = SubmissionData | null | undefined;

/** The key of a form's draft: its id and version, so a changed form never gets old answers. */
export function draftKey(definition: FormDefinition): string {
  return `${definition.id}@v${definition.version}`;
}

const PREFIX = 'yizhan-draft:';

/** Options of {@link localDraftStore}. */
export interface LocalDraftOptions {
  /** Keep answers to `pii` fields too (default false). */
  readonly personalData?: boolean;
  /** The storage to use (default `localStorage`). */
  readonly storage?: Storage;
}

/**
 * Drafts in the browser's localStorage under `yizhan-draft:<id>@v<version>`. Storage that
 * is full or switched off (private mode) only means no draft: nothing breaks.
 */
export function localDraftStore(options: LocalDraftOptions = {}): DraftStore {
  const storage = (): Storage | undefined => {
    try {
      return options.storage ?? globalThis.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    personalData: options.personalData ?? false,
    load(key) {
      try {
        const text = storage()?.getItem(PREFIX + key);
        const data: unknown = text ? JSON.parse(text) : undefined;
        return data && typeof data === 'object' && !Array.isArray(data)
          ? (data as SubmissionData)
          : undefined;
      } catch {
        return undefined;
      }
    },
    save(key, data) {
      try {
        storage()?.setItem(PREFIX + key, JSON.stringify(data));
      } catch {
        // Quota exceeded or storage blocked: the draft is a convenience, not a promise.
      }
    },
    clear(key) {
      try {
        storage()?.removeItem(PREFIX + key);
      } catch {
        // As above.
      }
    },
  };
}

function personalKeys(items: readonly FormItem[], into: Set<string>): Set<string> {
  for (const item of items) {
    if (item.type === 'section') personalKeys(item.fields, into);
    else if ('pii' in item && item.pii === true) into.add(item.key);
  }
  return into;
}

/** The answers without those to `pii` fields (in rows too). */
export function withoutPersonalData(
  items: readonly FormItem[],
  data: SubmissionData,
): SubmissionData {
  const personal = personalKeys(items, new Set());
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (personal.has(key)) continue;
    const group = findRepeat(items, key);
    kept[key] =
      group && Array.isArray(value)
        ? value.map((row) =>
            row && typeof row === 'object'
              ? withoutPersonalData(group.fields, row as SubmissionData)
              : row,
          )
        : value;
  }
  return kept;
}

function findRepeat(
  items: readonly FormItem[],
  key: string,
): Extract<FormItem, { type: 'repeat' }> | undefined {
  for (const item of items) {
    if (item.type === 'repeat' && item.key === key) return item;
    if (item.type === 'section') {
      const found = findRepeat(item.fields, key);
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether a draft holds any answer worth offering back. */
export function hasAnswers(data: DraftData): data is SubmissionData {
  if (!data) return false;
  return Object.values(data).some(
    (value) =>
      value !== undefined &&
      value !== null &&
      value !== '' &&
      value !== false &&
      !(Array.isArray(value) && value.length === 0),
  );
}
