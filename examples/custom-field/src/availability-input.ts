import type { Slot } from './availability-field';

/*
 * The element that renders `example:availability` in <yz-form>. A plain custom element,
 * no framework: <yz-form> only needs the field contract — it sets `field`, `value`,
 * `locale`, `required`, `readonly`, `disabled` and `error`, and listens for `yz-input`
 * (detail `{ value }`, on every edit) and `change` (when the user is done with an answer).
 * Register it for the type with `registerFieldElement(availabilityField, AVAILABILITY_TAG)`
 * from @yizhan/elements. Text is set with textContent, never parsed as markup; styles are a
 * constructable stylesheet, so it runs under `style-src 'self'`.
 */

/** The tag the example registers its element under. */
export const AVAILABILITY_TAG = 'example-availability';

type Locale = 'zh-CN' | 'en';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const STRINGS = {
  'zh-CN': {
    days: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    day: '星期',
    from: '开始',
    to: '结束',
    add: '添加时段',
    remove: '删除',
    slot: (n: number) => `第 ${n} 个时段`,
    required: '（必填）',
  },
  en: {
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    day: 'Day',
    from: 'From',
    to: 'To',
    add: 'Add a time',
    remove: 'Remove',
    slot: (n: number) => `Time ${n}`,
    required: ' (required)',
  },
} as const;

const sheet = (): CSSStyleSheet => {
  const styles = new CSSStyleSheet();
  styles.replaceSync(`
    :host { display: block; margin-bottom: var(--yz-space, 1rem); }
    fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
    legend { padding: 0; margin-bottom: 0.25rem; font-weight: 600; }
    .help { color: var(--yz-color-muted, #555); margin: 0 0 0.25rem; }
    .error { color: var(--yz-color-error, #b3261e); margin: 0 0 0.25rem; }
    .error:empty { display: none; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-bottom: 0.5rem; }
    label { display: flex; flex-direction: column; font-size: 0.9em; }
    select, input, button { font: inherit; min-height: var(--yz-control-height, 44px); }
  `);
  return styles;
};

const text = (value: unknown, locale: Locale): string => {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    const texts = value as Record<string, unknown>;
    const chosen = texts[locale] ?? texts['zh-CN'] ?? Object.values(texts)[0];
    return typeof chosen === 'string' ? chosen : '';
  }
  return '';
};

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] => {
  const made = Object.assign(document.createElement(tag), props);
  made.append(...children);
  return made;
};

/**
 * A volunteer's weekly availability as a list of day + time rows, with add and remove
 * buttons: a fieldset named by the field's label, described by its help and error.
 */
export class AvailabilityInput extends HTMLElement {
  #field: Record<string, unknown> = {};
  #value: Slot[] = [];
  #locale: Locale = 'zh-CN';
  #required = false;
  #readonly = false;
  #disabled = false;
  #error = '';
  readonly #root = this.attachShadow({ mode: 'open', delegatesFocus: true });

  constructor() {
    super();
    this.#root.adoptedStyleSheets = [sheet()];
  }

  connectedCallback(): void {
    this.#render();
  }

  /** The field as the definition writes it (`label`, `help`, `maxSlots` …). */
  get field(): Record<string, unknown> {
    return this.#field;
  }
  set field(field: Record<string, unknown> | undefined) {
    this.#field = field ?? {};
    this.#render();
  }
  /** The answer: a list of `{ day, from, to }`. */
  get value(): Slot[] {
    return this.#value;
  }
  set value(value: unknown) {
    const next = Array.isArray(value) ? (value as Slot[]) : [];
    // The form hands back what the element just sent: no rebuild under the user's caret.
    if (JSON.stringify(next) === JSON.stringify(this.#value)) return;
    this.#value = next;
    this.#render();
  }
  /** `zh-CN` or `en`. */
  set locale(locale: string) {
    this.#locale = locale === 'en' ? 'en' : 'zh-CN';
    this.#render();
  }
  set required(required: boolean) {
    this.#required = required;
    this.#render();
  }
  set readonly(readonly: boolean) {
    this.#readonly = readonly;
    this.#render();
  }
  set disabled(disabled: boolean) {
    this.#disabled = disabled;
    this.#render();
  }
  /** The message <yz-form> shows for this answer ('' for none). */
  set error(error: string | undefined) {
    this.#error = error ?? '';
    this.#render();
  }

  #change(value: Slot[], commit: boolean): void {
    this.#value = value;
    this.dispatchEvent(new CustomEvent('yz-input', { detail: { value }, bubbles: true }));
    if (commit) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #edit(index: number, part: keyof Slot, value: string, commit: boolean): void {
    const slots = this.#value.map((slot, at) => (at === index ? { ...slot, [part]: value } : slot));
    this.#change(slots, commit);
  }

  #render(): void {
    if (!this.isConnected) return;
    const t = STRINGS[this.#locale];
    const locked = this.#readonly || this.#disabled;
    const active = this.#root.activeElement as HTMLElement | null;
    const focused = active?.dataset.focusKey;
    const help = text(this.#field.help, this.#locale);
    const legend = element('legend', {}, [text(this.#field.label, this.#locale)]);
    if (this.#required) legend.append(t.required);
    const rows = this.#value.map((slot, index) => {
      const name = t.slot(index + 1);
      const control = <K extends 'select' | 'input'>(
        made: HTMLElementTagNameMap[K],
        part: keyof Slot,
      ) => {
        made.dataset.focusKey = `${index}-${part}`;
        made.disabled = locked;
        made.addEventListener('input', () => this.#edit(index, part, made.value, false));
        made.addEventListener('change', (event) => {
          event.stopPropagation();
          this.#edit(index, part, made.value, true);
        });
        return made;
      };
      const day = control<'select'>(
        element(
          'select',
          {},
          DAYS.map((value, at) =>
            element('option', { value, selected: slot.day === value }, [t.days[at] ?? value]),
          ),
        ),
        'day',
      );
      const time = (part: 'from' | 'to') =>
        control<'input'>(element('input', { type: 'time', value: slot[part] ?? '' }), part);
      const remove = element('button', { type: 'button', disabled: locked }, [t.remove]);
      remove.setAttribute('aria-label', `${t.remove} ${name}`);
      remove.addEventListener('click', () => {
        this.#change(
          this.#value.filter((_, at) => at !== index),
          true,
        );
        this.#render();
        this.#root.querySelector<HTMLElement>('[data-focus-key="add"]')?.focus();
      });
      const item = element('li', {}, [
        element('label', {}, [t.day, day]),
        element('label', {}, [t.from, time('from')]),
        element('label', {}, [t.to, time('to')]),
        remove,
      ]);
      item.setAttribute('aria-label', name);
      return item;
    });
    const add = element('button', { type: 'button', disabled: locked }, [t.add]);
    add.dataset.focusKey = 'add';
    add.addEventListener('click', () => {
      this.#change([...this.#value, { day: 'sat', from: '09:00', to: '11:00' }], true);
      this.#render();
      this.#root
        .querySelector<HTMLElement>(`[data-focus-key="${this.#value.length - 1}-day"]`)
        ?.focus();
    });
    const set = element('fieldset', {}, [
      legend,
      ...(help ? [element('p', { className: 'help', id: 'help' }, [help])] : []),
      element('p', { className: 'error', id: 'error' }, [this.#error]),
      element('ol', {}, rows),
      add,
    ]);
    set.setAttribute('part', 'field');
    const described = [help ? 'help' : '', this.#error ? 'error' : ''].filter(Boolean).join(' ');
    if (described) set.setAttribute('aria-describedby', described);
    this.#root.replaceChildren(set);
    // Rebuilt after each answer: keep the caret where the user was.
    if (focused) this.#root.querySelector<HTMLElement>(`[data-focus-key="${focused}"]`)?.focus();
  }
}
