import { acceptsFile, formatMessage } from '@yizhan/core/form';
import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { uiStrings } from '../locales';
import { YzField } from './field-element';

/** Metadata of one uploaded file, as a file field stores it. */
export interface UploadedFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  readonly ref: string;
}

/** The host's upload hook: sends the bytes somewhere and returns a reference to them. */
export type UploadHook = (file: File) => Promise<{ readonly ref: string }>;

/**
 * Files such as photos of a need or a certificate (field type `file`). The bytes go
 * through the host's `upload` hook; the answer is the list of file metadata
 * `{ name, size, type, ref }`. Size and type are checked before uploading, with the
 * core's messages. File names are shown as text, never as links.
 *
 * @tag yz-file
 * @fires yz-input - The list of files changed; detail `{ value }`.
 * @fires change - A file was added or removed.
 * @csspart field - The wrapper.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native file input.
 * @csspart files - The list of uploaded files.
 */
export class YzFile extends YzField {
  static override styles = [
    ...YzField.styles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      li {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        justify-content: space-between;
        overflow-wrap: anywhere;
      }
      input[type='file'] {
        padding: 0.5rem;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    upload: { attribute: false },
    status: { state: true, attribute: false },
    problem: { state: true, attribute: false },
  };

  /** Uploads one file and returns its reference. Without it, choosing a file shows a notice. */
  declare upload: UploadHook | undefined;
  private status = '';
  private problem = '';

  override get fieldType(): string {
    return 'file';
  }

  private get files(): readonly UploadedFile[] {
    return Array.isArray(this.value) ? (this.value as UploadedFile[]) : [];
  }

  private get maxFiles(): number {
    return (this.field?.maxFiles as number | undefined) ?? 1;
  }

  protected override get shownError(): string {
    return this.problem || super.shownError;
  }

  protected override renderControl(): TemplateResult {
    const ui = uiStrings(this.locale);
    const accept = Array.isArray(this.field?.accept) ? (this.field.accept as string[]) : [];
    return html`${
      this.isReadonly
        ? nothing
        : html`<input part="input" id="control" type="file"
          accept=${accept.length > 0 ? accept.join(',') : nothing}
          ?multiple=${this.maxFiles > 1}
          ?disabled=${this.isDisabled}
          aria-required=${this.isRequired ? 'true' : 'false'}
          aria-invalid=${this.invalid}
          aria-describedby=${this.describedBy}
          @change=${this.onChoose} />`
    }
      <p class="help" role="status">${this.status}</p>
      ${
        this.files.length === 0
          ? html`<p class="help">${ui.noFiles}</p>`
          : html`<ul part="files">
            ${this.files.map(
              (file, index) => html`<li>
                <span>${file.name}</span>
                ${
                  this.isReadonly
                    ? nothing
                    : html`<button type="button" ?disabled=${this.isDisabled}
                      aria-label=${ui.removeFile(file.name)}
                      @click=${() => this.removeFile(index)}>×</button>`
                }
              </li>`,
            )}
          </ul>`
      }`;
  }

  private async onChoose(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    const ui = uiStrings(this.locale);
    this.problem = '';
    if (chosen.length === 0) return;
    if (!this.upload) {
      this.problem = ui.uploadMissing;
      return;
    }
    const room = this.maxFiles - this.files.length;
    if (chosen.length > room) {
      this.problem = formatMessage('too_many_files', { maximum: this.maxFiles }, this.locale);
      return;
    }
    const accept = Array.isArray(this.field?.accept) ? (this.field.accept as string[]) : [];
    const maxSize = this.field?.maxSize as number | undefined;
    for (const file of chosen) {
      if (maxSize !== undefined && file.size > maxSize) {
        this.problem = formatMessage(
          'file_too_large',
          { name: file.name, maximum: maxSize },
          this.locale,
        );
        return;
      }
      if (!acceptsFile(accept, file)) {
        this.problem = formatMessage(
          'file_type_not_accepted',
          { name: file.name, accept },
          this.locale,
        );
        return;
      }
    }
    const added: UploadedFile[] = [];
    for (const file of chosen) {
      this.status = ui.uploading(file.name);
      try {
        const { ref } = await this.upload(file);
        added.push({ name: file.name, size: file.size, type: file.type, ref });
      } catch {
        this.problem = ui.uploadFailed(file.name);
        break;
      }
    }
    this.status = '';
    if (added.length > 0) this.setValue([...this.files, ...added], true);
  }

  private removeFile(index: number): void {
    const next = this.files.filter((_, position) => position !== index);
    this.problem = '';
    this.setValue(next.length > 0 ? next : undefined, true);
    // The remove button is gone: keep the keyboard user in the field.
    void this.updateComplete.then(() => this.focus());
  }
}
