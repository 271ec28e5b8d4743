import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { KIT_LANGUAGES } from '../src/i18n/localize.js';
import { accentContrast } from './contrast.js';
import { PROTOCOL_FIELDS, cleaned, defaults, protocolJson, fromQuery, problemsOf, toQuery, FONTS, THEMES, WIDGETS, type Settings, type WidgetTag } from './settings.js';
import { accentFails, accents, cssSnippet, htmlSnippet, reactSnippet, samplePage, shortcodes } from './snippets.js';

declare const __CIT_CDN_URL__: string;
declare const __CIT_INTEGRITY__: string;
declare const __CIT_VERSION__: string;

const WIDGET_NAMES: Record<WidgetTag, [string, string]> = {
  'cit-candidacy-check': ['Suitability check', 'A short questionnaire: a good fit, wait (until when), or talk to the clinic first.'],
  'cit-session-planner': ['Session planner', 'A course of sessions with dates, cost and calendar export.'],
  'cit-recovery-timeline': ['Recovery timeline', 'Day by day after a treatment, with the warning signs.'],
};
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'AED', 'SAR', 'ILS', 'CNY', 'KRW', 'JPY', 'INR', 'ZAR', 'NZD', 'SGD'];
const UNIT_NAMES: Record<string, string> = { hours: 'hours', days: 'days', weeks: 'weeks', months: 'months', sessions: 'sessions' };
const languageName = (tag: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};
/** "sessions.intervalWeeks" → "Interval weeks" for a label. */
const fieldName = (key: string) => key.replace(/([A-Z])/g, ' $1').replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()).toLowerCase().replace(/^./, (c) => c.toUpperCase());

/**
 * The setup page: a clinic's staff choose the widgets and settings, see them live at phone and
 * desktop widths, and copy the code. Light DOM (the page's own stylesheet styles it); the settings
 * live in the address; nothing is sent anywhere.
 */
export class CitSetup extends LitElement {
  private readonly base = defaults(__CIT_CDN_URL__);
  @state() private settings: Settings = fromQuery(location.search, this.base);
  @state() private copied = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private addressTimer: ReturnType<typeof setTimeout> | undefined;

  private set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    this.settings = { ...this.settings, [key]: value };
    // Into the address a moment after the last change: typing changes it at every key, and Safari
    // refuses more than 100 history changes in 10 seconds.
    clearTimeout(this.addressTimer);
    this.addressTimer = setTimeout(() => {
      const query = toQuery(this.settings, this.base);
      try {
        history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
      } catch {
        // Over the browser's limit: the next change writes it.
      }
    }, 300);
  }

  private setProtocol(path: string, value: string): void {
    this.set('protocol', { ...this.settings.protocol, [path]: value });
  }

  private toggleWidget(tag: WidgetTag, on: boolean): void {
    this.set('widgets', WIDGETS.filter((t) => (t === tag ? on : this.settings.widgets.includes(t))));
  }

  private async copy(id: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `Copied the ${id}.`;
    } catch {
      // No clipboard (an old browser, or permission refused): select the text for Ctrl+C / ⌘C.
      const code = this.querySelector(`#out-${id.replace(/\W+/g, '-')}`);
      if (code) getSelection()?.selectAllChildren(code);
      this.copied = `Selected the ${id}: press Ctrl+C (⌘C on a Mac) to copy it.`;
    }
  }

  private download(): void {
    const blob = new Blob([samplePage(cleaned(this.settings, problemsOf(this.settings) as Record<string, string | undefined>, this.base), __CIT_CDN_URL__, __CIT_INTEGRITY__)], { type: 'text/html' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'microneedling-widgets.html';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private field(id: string, label: string, input: TemplateResult, problem: string | undefined, hint?: string | TemplateResult): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${input}
      ${problem ? html`<p class="error" id=${`${id}-error`}>${label}: ${problem}</p>` : nothing}
    </div>`;
  }

  private describedBy(id: string, hint: boolean, problem: string | undefined): string | typeof nothing {
    const ids = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private text(id: string, key: 'name' | 'bookingUrl' | 'phone' | 'price' | 'scriptUrl', label: string, problems: Record<string, string | undefined>, hint?: string | TemplateResult, type = 'text'): TemplateResult {
    const problem = problems[key];
    return this.field(
      id,
      label,
      html`<input id=${id} name=${key} type=${type} .value=${this.settings[key]} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${this.describedBy(id, !!hint, problem)}
        @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)} />`,
      problem,
      hint,
    );
  }

  protected override render() {
    const s = this.settings;
    const problems = problemsOf(s) as Record<string, string | undefined>;
    const fails = accentFails(s);
    const suggested = accents(s);
    // The code and the preview use only valid settings: a refused one keeps the kit's default.
    const valid = cleaned(s, problems, this.base);
    const previewHash = `#${toQuery(valid, this.base)}`;
    const outputs: [string, string][] = [
      ['HTML snippet', htmlSnippet(valid, __CIT_CDN_URL__, __CIT_INTEGRITY__)],
      ['CSS', cssSnippet(valid)],
      ['WordPress shortcodes', shortcodes(valid)],
      ['React snippet', reactSnippet(valid)],
    ];
    const problemCount = Object.keys(problems).length;
    return html`
      <header>
        <h1>Set up your microneedling widgets</h1>
        <p>Choose the widgets and your clinic's details, see them as patients will, and copy the code. Everything stays in this page: the settings are kept in its address (bookmark it, or send it to a colleague), and nothing is sent anywhere. Kit version ${__CIT_VERSION__}.</p>
      </header>
      <div class="layout">
        <form class="settings" @submit=${(e: Event) => e.preventDefault()} aria-describedby="form-status">
          <p id="form-status" class=${problemCount ? 'status error' : 'status'} role="status">${problemCount ? `${problemCount} ${problemCount === 1 ? 'setting needs' : 'settings need'} a look: the code below leaves ${problemCount === 1 ? 'it' : 'them'} out until fixed.` : 'Every setting is valid.'}</p>
          <fieldset>
            <legend>Widgets</legend>
            ${WIDGETS.map(
              (tag) => html`<div class="option">
                <input type="checkbox" id=${`w-${tag}`} .checked=${s.widgets.includes(tag)} aria-describedby=${`w-${tag}-hint`} @change=${(e: Event) => this.toggleWidget(tag, (e.target as HTMLInputElement).checked)} />
                <label for=${`w-${tag}`}>${WIDGET_NAMES[tag][0]}</label>
                <p class="hint" id=${`w-${tag}-hint`}>${WIDGET_NAMES[tag][1]}</p>
              </div>`,
            )}
            ${problems.widgets ? html`<p class="error">${problems.widgets}</p>` : nothing}
          </fieldset>
          <fieldset>
            <legend>Your clinic</legend>
            ${this.text('clinic-name', 'name', 'Clinic name', problems)}
            ${this.text('booking-url', 'bookingUrl', 'Booking page', problems, html`Its full address (https://…). Put <code>{date}</code> where your booking system takes a date, and each session's booking link opens on that day: <code>https://clinic.example/book?date={date}</code>.`, 'url')}
            ${this.text('phone', 'phone', 'Phone', problems, 'Shown beside the warning signs and results, as a link patients can tap.', 'tel')}
            ${this.field(
              'currency',
              'Currency',
              html`<select id="currency" name="currency" aria-invalid=${problems.currency ? 'true' : 'false'} aria-describedby=${this.describedBy('currency', false, problems.currency)} @change=${(e: Event) => this.set('currency', (e.target as HTMLSelectElement).value)}>
                ${CURRENCIES.map((code) => html`<option value=${code} ?selected=${s.currency === code}>${code} · ${new Intl.DisplayNames(['en'], { type: 'currency' }).of(code)}</option>`)}
              </select>`,
              problems.currency,
            )}
            ${this.text('price', 'price', 'Price per session', problems, 'A price (350) or a range (150-600). Leave empty to show no cost.')}
            ${this.field(
              'locale',
              'Language',
              html`<select id="locale" name="locale" aria-describedby="locale-hint" @change=${(e: Event) => this.set('locale', (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${s.locale === ''}>The page's language (else the visitor's)</option>
                ${KIT_LANGUAGES.map((tag) => html`<option value=${tag} ?selected=${s.locale === tag}>${languageName(tag)} (${tag})</option>`)}
              </select>`,
              problems.locale,
              'The widgets speak it, with its dates and numbers.',
            )}
          </fieldset>
          <fieldset>
            <legend>Look</legend>
            <fieldset class="inline">
              <legend>Theme</legend>
              ${THEMES.map(
                (theme) => html`<div class="option">
                  <input type="radio" name="theme" id=${`theme-${theme}`} value=${theme} .checked=${s.theme === theme} @change=${() => this.set('theme', theme)} />
                  <label for=${`theme-${theme}`}>${{ light: 'Light', dark: 'Dark', auto: 'Follow the device' }[theme]}</label>
                </div>`,
              )}
            </fieldset>
            ${this.field(
              'accent',
              'Accent colour',
              html`<div class="pair">
                <input id="accent" name="accent" type="color" .value=${live(/^#[0-9a-f]{6}$/i.test(s.accent) ? s.accent : '#0b5e58')} aria-describedby="accent-check" @input=${(e: Event) => this.set('accent', (e.target as HTMLInputElement).value)} />
                <output id="accent-value" for="accent">${s.accent}</output>
              </div>`,
              undefined,
            )}
            <div id="accent-check" class=${fails.length ? 'contrast fails' : 'contrast'} role="status">
              ${fails.length
                ? html`<p>This accent has ${accentContrast(s.accent, fails[0] as 'light' | 'dark').toFixed(1)}:1 against the ${fails[0]} widget's background or its button text; WCAG AA needs 4.5:1, so patients may not read it.</p>
                    ${fails.map((theme) => {
                      const shade = suggested[theme];
                      return shade ? html`<button type="button" class="use-shade" @click=${() => this.set('accent', shade)}>Use ${shade}, the nearest shade that passes in ${theme}</button>` : nothing;
                    })}`
                : html`<p>Readable: at least 4.5:1 against the background and the button text${s.theme === 'auto' ? ' in both light and dark' : ''}.</p>`}
            </div>
            ${this.field(
              'font',
              'Font',
              html`<select id="font" name="font" @change=${(e: Event) => this.set('font', (e.target as HTMLSelectElement).value as Settings['font'])}>
                ${Object.keys(FONTS).map((font) => html`<option value=${font} ?selected=${s.font === font}>${font === 'system' ? 'The device’s own (system)' : font[0]?.toUpperCase() + font.slice(1)}</option>`)}
              </select>`,
              undefined,
            )}
            ${this.field(
              'radius',
              'Corner radius (em)',
              html`<input id="radius" name="radius" type="number" min="0" max="3" step="0.25" .value=${s.radius} aria-invalid=${problems.radius ? 'true' : 'false'} aria-describedby=${this.describedBy('radius', false, problems.radius)} @input=${(e: Event) => this.set('radius', (e.target as HTMLInputElement).value)} />`,
              problems.radius,
            )}
          </fieldset>
          <fieldset>
            <legend>Your protocol (optional)</legend>
            <p class="hint">Leave a field empty to keep the kit's default. Each range is what the clinical sources allow; a stricter clinic may lengthen a wait.</p>
            ${PROTOCOL_FIELDS.map((f) => {
              const id = `p-${f.path.replace('.', '-')}`;
              const problem = problems[`p.${f.path}`];
              return this.field(
                id,
                `${fieldName(f.group)}: ${fieldName(f.key)} (${UNIT_NAMES[f.unit]})`,
                html`<input id=${id} name=${`p.${f.path}`} type="number" inputmode="numeric" min=${f.min} max=${f.max} placeholder=${String(f.default)} .value=${s.protocol[f.path] ?? ''} aria-invalid=${problem ? 'true' : 'false'}
                  aria-describedby=${this.describedBy(id, true, problem)} @input=${(e: Event) => this.setProtocol(f.path, (e.target as HTMLInputElement).value)} />`,
                problem,
                `From ${f.min} to ${f.max}; default ${f.default}.`,
              );
            })}
          </fieldset>
          <fieldset>
            <legend>Where the page loads the kit from</legend>
            ${this.text('script-url', 'scriptUrl', 'Script address', problems, 'The CDN copy of this version (with its integrity hash), or your own copy of dist/cit-widgets.js with its cit-widgets/ folder beside it.', 'url')}
          </fieldset>
        </form>
        <section class="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">Preview</h2>
          <p class="hint">The real widgets, with your settings, as a phone and a desktop show them.</p>
          <h3>Phone (375 px)</h3>
          <iframe class="phone" title="Preview at phone width" src=${`preview.html${previewHash}`}></iframe>
          <h3>Desktop</h3>
          <iframe class="desktop" title="Preview at desktop width" src=${`preview.html${previewHash}`}></iframe>
        </section>
      </div>
      <section class="outputs" aria-labelledby="outputs-title">
        <h2 id="outputs-title">Your code</h2>
        <p role="status" class="copied">${this.copied}</p>
        ${outputs.map(([name, code]) => {
          const id = name.replace(/\W+/g, '-');
          return html`<div class="output">
            <h3 id=${`h-${id}`}>${name}</h3>
            <pre tabindex="0" aria-labelledby=${`h-${id}`}><code id=${`out-${id}`}>${code}</code></pre>
            <button type="button" class="copy" aria-describedby=${`h-${id}`} @click=${() => this.copy(name, code)}>Copy the ${name}</button>
          </div>`;
        })}
        <p>WordPress: paste the shortcodes into a Shortcode block, and the CSS into Appearance → Customize → Additional CSS.${protocolJson(valid) ? ' Shortcodes do not carry your protocol settings: to keep them, paste the HTML snippet into a Custom HTML block instead.' : ''}</p>
        <button type="button" class="download" @click=${() => this.download()}>Download a sample page</button>
      </section>
    `;
  }
}

if (!customElements.get('cit-setup')) customElements.define('cit-setup', CitSetup);
