import type { Issue } from '../form/issues';
import type { MessageParams } from '../form/messages';
import type { FormDefinition } from '../form/schema';
import type { Locale } from '../i18n/locale';
import { formatImportMessage, importSeverity } from './messages';

/**
 * How much an import issue matters: `info` means the construct was translated, with a
 * change worth knowing (a renamed key, flattened data); `warning` means something was not
 * translated and needs a person's decision.
 */
export type ImportIssueSeverity = 'info' | 'warning';

/** An issue of an importer. Its `path` is a JSON pointer into the SOURCE document. */
export interface ImportIssue extends Issue {
  readonly severity: ImportIssueSeverity;
}

/** What an importer returns: the definition (when anything usable was found) and every issue. */
export interface ImportResult {
  /** The translated form; undefined only when nothing usable could be produced. */
  readonly definition: FormDefinition | undefined;
  /** Every construct that was changed or not translated, in document order. */
  readonly issues: readonly ImportIssue[];
}

/** Options of the importers. */
export interface ImportOptions {
  /** The form id (`volunteer-signup`); derived from the document when not given. */
  readonly id?: string;
  /** The language of the issue messages; zh-CN when not given. */
  readonly locale?: Locale;
}

/** Collects the issues of one import, each once, with its message in the import's locale. */
export class IssueSink {
  private readonly seen = new Set<string>();
  readonly issues: ImportIssue[] = [];

  constructor(private readonly locale: Locale) {}

  /** Records an issue at a JSON pointer of the source document. */
  add(code: string, path: string, params: MessageParams = {}): void {
    const id = `${code}\u0000${path}\u0000${JSON.stringify(params)}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.issues.push({
      code,
      path,
      severity: importSeverity(code),
      message: formatImportMessage(code, params, this.locale),
      params,
    });
  }
}
