import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { assessValidCandidacy, waitLength, type CandidacyResult } from '../../core/candidacy.js';
import { isCalendarDate, localDateOf, MIN_YEAR, type CalendarDate } from '../../core/dates.js';
import { CONCERNS, CONDITION_TABLE, CONDITIONS, FITZPATRICK_TYPES, PREPARATION, type Concern, type Condition, type Fitzpatrick } from '../../core/domain.js';
import { PROTOCOL_LIMITS } from '../../core/protocol.js';
import { calendarDate, idList, intRange, lazy, ownData, z } from '../../core/validate.js';
import { Localize } from '../../i18n/localize.js';
import type { Messages } from '../../i18n/types.js';
import { candidacyEn } from './messages/en.js';
import { readAttribute, type AttributeProblem } from '../attributes.js';
import { renderProblems } from '../problems.js';
import { downloadCalendar, renderCalendarLinks } from '../calendar.js';
import { styles } from './cit-candidacy-check.styles.js';
import { CitWidget } from '../widget.js';
import { onCommit, unreadable } from '../date-field.js';
import { renderCall, renderTalkToClinic } from '../clinic-actions.js';
import { sessionEntry } from '../session-storage.js';

/** A patient's answers, as the engine takes them (without `today`). */
export interface CandidacyAnswers {
  concerns: Concern[];
  conditions: Condition[];
  isotretinoinLastDose?: CalendarDate;
  lastTreatmentDate?: CalendarDate;
  fitzpatrick?: Fitzpatrick;
}

/** The health questions in groups a patient can take in at a glance; together they hold every condition. */
export const HEALTH_GROUPS = [
  { id: 'skin-now', conditions: ['active-acne', 'active-infection', 'flare', 'unhealed-wound', 'sunburn', 'chronic-skin'] },
  { id: 'medicines', conditions: ['isotretinoin', 'recent-treatment', 'bleeding', 'numbing-allergy'] },
  { id: 'pregnancy', conditions: ['pregnant', 'nursing'] },
  // domain.md's history rows, asked as history.
  { id: 'healing', conditions: ['keloid', 'poor-healing'] },
] as const satisfies readonly { id: string; conditions: readonly Condition[] }[];
type HealthGroup = (typeof HEALTH_GROUPS)[number]['id'];

/** The conditions with a follow-up date question, and the answer it fills. */
const FOLLOW_UPS = {
  isotretinoin: 'isotretinoinLastDose',
  'recent-treatment': 'lastTreatmentDate',
} as const satisfies Partial<Record<Condition, keyof CandidacyAnswers>>;
type FollowUp = keyof typeof FOLLOW_UPS;

type Screen = 'concerns' | 'health' | `health:${HealthGroup}` | 'skin' | 'result';
const SCREENS = ['concerns', 'health', ...HEALTH_GROUPS.map((g) => `health:${g.id}` as const), 'skin', 'result'] as const satisfies readonly Screen[];

/** The ids a result's reasons can have: any condition, or the concern that is never a CIT indication. */
type ReasonId = Condition | 'raised-scars';

/** Below this width (px) the health questions come one group per screen. */
const NARROW = 560;
const STORAGE_VERSION = 1;

const storedSchema = /* @__PURE__ */ lazy(() =>
  z.object({
    v: intRange(STORAGE_VERSION, STORAGE_VERSION),
    screen: z.enum(SCREENS),
    answers: z.object({
      // Each id once, as the check itself stores them: a list with repeats was not written by the kit.
      concerns: idList(CONCERNS),
      conditions: idList(CONDITIONS),
      isotretinoinLastDose: z.optional(calendarDate()),
      lastTreatmentDate: z.optional(calendarDate()),
      fitzpatrick: z.optional(intRange(1, FITZPATRICK_TYPES.length)),
    }),
  }),
);

const emptyAnswers = (): CandidacyAnswers => ({ concerns: [], conditions: [] });

/** Stored text as JSON, or `undefined` when it is not JSON (the schema then refuses it). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * @summary A short questionnaire: is microneedling a good fit now, after a wait (until when), or
 * something to talk through with a professional first, and why.
 *
 * @tag cit-candidacy-check
 *
 * @fires {CustomEvent<CandidacyAnswers>} cit-candidacy-change - The patient changed an answer; `detail` holds the answers so far.
 * @fires {CustomEvent<CandidacyResult>} cit-candidacy-complete - The patient reached the result; `detail` is the engine's result.
 *
 * @csspart base - The widget's box.
 * @csspart progress - The step counter and bar.
 * @csspart step - Each question step (a form).
 * @csspart button - Every button and button-like link.
 * @csspart result - The result.
 * @csspart outcome - The result's headline.
 * @csspart error - The box listing invalid attributes.
 *
 * @cssprop --cit-candidacy-accent - Buttons, selected answers, progress. Default `--cit-color-accent`.
 * @cssprop --cit-candidacy-good-fit - Color of the good-fit headline band. Default `#1e6b34`.
 * @cssprop --cit-candidacy-wait - Color of the wait headline band. Default `#8a5300`.
 * @cssprop --cit-candidacy-consult - Color of the consult headline band. Default `#1a55c9`.
 */
export class CitCandidacyCheck extends CitWidget {
  static override styles = styles;

  protected readonly localize = new Localize(this, candidacyEn, 'cit-candidacy-check', import.meta.glob<{ default: Messages }>(['./messages/*.ts', '!./messages/en.ts']));

  /** Today's date (`YYYY-MM-DD`) for demos and tests. Default: the device's date. */
  @property() today?: string;

  /** One question per screen everywhere (by default only on narrow layouts). */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private answers: CandidacyAnswers = emptyAnswers();
  @state() private screen: Screen = 'concerns';
  @state() private narrow = false;
  /** What is wrong with the current step's answers, shown when the patient tries to go on. */
  @state() private stepError?: { message: string; field: string };
  @state() private announcement = '';

  #validToday?: CalendarDate;
  #moveFocus = false;
  #resizeObserver?: ResizeObserver;

  /** The result for the current answers (when the patient has reached it). */
  get result(): CandidacyResult | undefined {
    if (this.screen !== 'result' || !this.answers.concerns.length) return undefined;
    const answers = { ...this.answers, today: this.#currentToday };
    // The step refuses future dates; one can only appear here if a demo moves `today` back.
    for (const key of Object.values(FOLLOW_UPS)) if (answers[key]! > answers.today) delete answers[key];
    return assessValidCandidacy(answers, this.protocol);
  }

  get #currentToday(): CalendarDate {
    return this.#validToday ?? localDateOf(new Date());
  }

  get #storageKey(): string {
    return `cit-candidacy-check${this.id ? `#${this.id}` : ''}`;
  }

  get #screens(): Screen[] {
    const health: Screen[] = this.compact || this.narrow ? HEALTH_GROUPS.map((g) => `health:${g.id}` as const) : ['health'];
    return ['concerns', ...health, 'skin', 'result'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#restore();
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? NARROW) < NARROW;
      // Re-rendering inside the callback would resize the element in the same frame, which the
      // browser reports to the page as a "ResizeObserver loop" error: change on the next frame.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  // Decided before the first paint (the update this starts runs before the browser paints), so the
  // first frame already has the right steps: switching a frame later would shift the page (CLS).
  // The viewport settles it without measuring anything: reading the element's width here forced a
  // layout of the whole host page during start-up. A widget in a narrow column of a wide page
  // gets its narrow steps from the observer, once it has been laid out.
  protected override firstUpdated(): void {
    this.narrow = matchMedia(`(max-width: ${NARROW - 0.02}px)`).matches;
  }

  protected override validate(problems: AttributeProblem[]): void {
    super.validate(problems);
    this.#validToday = readAttribute(problems, 'today', this.today, calendarDate);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // The layout decides whether health questions come together or a group at a time.
    const screens = this.#screens;
    if (!screens.includes(this.screen)) {
      this.screen = this.screen === 'health' ? (screens[1] as Screen) : this.screen.startsWith('health') ? 'health' : 'concerns';
    }
  }

  protected override updated(): void {
    if (!this.#moveFocus) return;
    this.#moveFocus = false;
    const target = this.stepError
      ? this.renderRoot.querySelector<HTMLElement>(`#${this.stepError.field}`)
      : this.renderRoot.querySelector<HTMLElement>('[data-heading]');
    target?.focus();
  }

  // ——— answers ———

  #restore(): void {
    const stored = sessionEntry.get(this.#storageKey);
    if (!stored) return;
    const parsed = storedSchema().safeParse(ownData(parseJson(stored)));
    if (!parsed.success) {
      sessionEntry.remove(this.#storageKey);
      return;
    }
    const { answers, screen } = ownData(parsed.data) as typeof parsed.data;
    this.answers = answers as CandidacyAnswers;
    this.screen = screen === 'result' && !answers.concerns.length ? 'concerns' : screen;
    if (this.screen === 'result') this.#shareResult();
  }

  #persist(): void {
    sessionEntry.set(this.#storageKey, JSON.stringify({ v: STORAGE_VERSION, screen: this.screen, answers: this.answers }));
  }

  #change(answers: CandidacyAnswers): void {
    this.answers = answers;
    this.stepError = undefined;
    this.#persist();
    this.emit<CandidacyAnswers>('cit-candidacy-change', structuredClone(answers));
  }

  #toggleConcern(concern: Concern, on: boolean): void {
    const concerns = CONCERNS.filter((c) => (c === concern ? on : this.answers.concerns.includes(c)));
    this.#change({ ...this.answers, concerns });
  }

  #toggleCondition(condition: Condition, on: boolean): void {
    const conditions = CONDITIONS.filter((c) => (c === condition ? on : this.answers.conditions.includes(c)));
    const answers = { ...this.answers, conditions };
    // The engine reads a date as its condition, so unticking one must drop its date too.
    const dateKey = FOLLOW_UPS[condition as FollowUp];
    if (dateKey && !on) delete answers[dateKey];
    this.#change(answers);
  }

  /** A date the patient typed, taken when they leave the field or press Enter, never half-typed. */
  #commitDate(condition: FollowUp, value: string, input?: HTMLInputElement): void {
    // A half-corrected entry (the browser gives up on it and reports no value) keeps the answer
    // the patient had, and says what is wrong, instead of emptying it.
    if (unreadable(input ?? null) || (value && !isCalendarDate(value))) {
      this.stepError = { message: this.localize.term('check.badDate', { from: String(MIN_YEAR) }), field: `date-${condition}` };
      return;
    }
    if (value !== (this.answers[FOLLOW_UPS[condition]] ?? '')) this.#setDate(condition, value);
  }

  /** Takes what the visible date fields hold before the step is checked (Enter may come before any blur). */
  #commitVisibleDates(): void {
    for (const condition of Object.keys(FOLLOW_UPS) as FollowUp[]) {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`#date-${condition}`);
      if (input && !unreadable(input)) this.#commitDate(condition, input.value);
    }
  }

  #setDate(condition: FollowUp, value: string): void {
    const answers = { ...this.answers };
    if (value) answers[FOLLOW_UPS[condition]] = value;
    else delete answers[FOLLOW_UPS[condition]];
    this.#change(answers);
  }

  #setSkin(value: string): void {
    const answers = { ...this.answers };
    const type = Number(value) as Fitzpatrick;
    if (FITZPATRICK_TYPES.includes(type)) answers.fitzpatrick = type;
    else delete answers.fitzpatrick;
    this.#change(answers);
  }

  // ——— navigation ———

  #go(screen: Screen): void {
    this.screen = screen;
    this.stepError = undefined;
    this.#moveFocus = true;
    this.#persist();
  }

  /**
   * The step's main button. Bound to its click, not to the form's submit event: a sandboxed frame
   * without `allow-forms` blocks form submission before any submit event, and the check must still
   * move on there. Enter in a field clicks the button (implicit submission) the same way.
   */
  #next(event: Event): void {
    event.preventDefault();
    this.#commitVisibleDates();
    const error = this.#checkStep();
    if (error) {
      this.stepError = error;
      this.#moveFocus = true;
      return;
    }
    const screens = this.#screens;
    const next = screens[screens.indexOf(this.screen) + 1] ?? 'result';
    this.#go(next);
    if (next === 'result') {
      const result = this.#shareResult();
      if (result) this.emit<CandidacyResult>('cit-candidacy-complete', structuredClone(result));
    }
  }

  #back(): void {
    const screens = this.#screens;
    this.#go(screens[Math.max(0, screens.indexOf(this.screen) - 1)] as Screen);
  }

  #startOver(): void {
    this.answers = emptyAnswers();
    this.announcement = '';
    this.#go('concerns');
    sessionEntry.remove(this.#storageKey); // after go(), which saves the screen
    this.emit<CandidacyAnswers>('cit-candidacy-change', emptyAnswers());
  }

  /** What stops the patient leaving this step, if anything: the message and the field to focus. */
  #checkStep(): { message: string; field: string } | undefined {
    if (this.screen === 'concerns' && !this.answers.concerns.length) {
      return { message: this.localize.term('check.noConcern'), field: `concern-${CONCERNS[0]}` };
    }
    if (this.screen.startsWith('health')) {
      for (const condition of Object.keys(FOLLOW_UPS) as FollowUp[]) {
        const input = this.renderRoot.querySelector<HTMLInputElement>(`#date-${condition}`);
        if (unreadable(input) || (input?.value && !isCalendarDate(input.value))) {
          return { message: this.localize.term('check.badDate', { from: String(MIN_YEAR) }), field: `date-${condition}` };
        }
        const date = this.answers[FOLLOW_UPS[condition]];
        if (date && date > this.#currentToday && this.#visibleConditions.includes(condition)) {
          return { message: this.localize.term('check.futureDate'), field: `date-${condition}` };
        }
      }
    }
    return undefined;
  }

  /** Computes the result, announces it, and hands concerns and plan to the clinic's other widgets. */
  #shareResult(): CandidacyResult | undefined {
    const result = this.result;
    if (!result) return undefined;
    this.announcement = `${this.localize.term(`outcome.${result.outcome}`)}. ${this.#lead(result)}`;
    const { plan, waitUntil, outcome, reasons } = result;
    this.clinic?.shareCandidacy?.({ concerns: this.answers.concerns, outcome, reasons, ...(plan && { plan }), ...(waitUntil && { waitUntil }) });
    return result;
  }

  get #visibleConditions(): readonly Condition[] {
    return this.screen === 'health'
      ? CONDITIONS
      : (HEALTH_GROUPS.find((g) => this.screen === `health:${g.id}`)?.conditions ?? []);
  }

  // ——— rendering ———

  /**
   * A condition's question or a reason's advice. Those about a dated wait quote the protocol's
   * duration ("in the last 6 months"); the others take no argument and ignore it.
   */
  #waitAware(prefix: 'condition' | 'advice', id: ReasonId): string {
    // The engine's length of a dated wait, quoted in the question and the advice ("in the last 6 months").
    const rule = id === 'raised-scars' ? undefined : CONDITION_TABLE[id].wait;
    const wait = rule && rule !== 'undated' ? waitLength(rule, this.protocol) : undefined;
    return this.localize.term(`${prefix}.${id}` as 'advice.isotretinoin', { wait: wait ? this.localize.plural(wait.unit, wait.value) : '' });
  }

  #lead(result: CandidacyResult): string {
    const t = this.localize;
    if (result.outcome === 'wait') return result.waitUntil ? t.term('lead.wait', { date: t.date(result.waitUntil, { dateStyle: 'long' }) }) : t.term('lead.waitUndated');
    return t.term(`lead.${result.outcome}`);
  }

  protected override render() {
    const t = this.localize;
    const screens = this.#screens;
    const step = screens.indexOf(this.screen) + 1;
    return html`<section part="base" aria-label=${t.term('check.label')} lang=${t.catalogLang} dir=${t.dir} data-theme=${this.themeInUse}>
      ${renderProblems(t, this.problems, this.themeInUse)}
      <div part="progress" class="progress">
        <p>${t.term('nav.progress', { step, total: screens.length })}</p>
        <div class="bar" aria-hidden="true">${screens.map((_, i) => html`<span class=${i < step ? 'done' : ''}></span>`)}</div>
      </div>
      ${this.screen === 'result' ? this.#renderResult() : this.#renderStep()}
      <div class="sr-only" role="status">${this.announcement}</div>
    </section>`;
  }

  #renderStep(): TemplateResult {
    const t = this.localize;
    const first = this.screen === 'concerns';
    const last = this.screen === 'skin';
    return html`<form part="step" class="enter" novalidate @submit=${this.#next}>
      ${this.screen === 'concerns' ? this.#renderConcerns() : this.screen === 'skin' ? this.#renderSkin() : this.#renderHealth()}
      <div class="actions">
        ${first ? nothing : html`<button part="button" type="button" @click=${this.#back}>${t.term('nav.back')}</button>`}
        <button part="button" class="primary" type="submit" @click=${this.#next}>${last ? t.term('check.seeResult') : t.term('nav.next')}</button>
      </div>
    </form>`;
  }

  #renderError(field: string) {
    return this.stepError?.field === field ? html`<p class="error" id="error" role="alert">${this.stepError.message}</p>` : nothing;
  }

  #renderConcerns(): TemplateResult {
    const t = this.localize;
    const invalid = this.stepError !== undefined;
    return html`<fieldset aria-describedby=${invalid ? 'concerns-hint error' : 'concerns-hint'}>
      <legend>${this.titleHeading(t.term('check.concerns'), { focus: true })}</legend>
      <p class="hint" id="concerns-hint">${t.term('check.concernsHint')}</p>
      ${this.#renderError(`concern-${CONCERNS[0]}`)}
      <div class="options">
        ${CONCERNS.map((concern) =>
          this.#renderOption('checkbox', `concern-${concern}`, this.answers.concerns.includes(concern), t.term(`concern.${concern}`), t.term(`concernHint.${concern}`), (on) =>
            this.#toggleConcern(concern, on),
          ),
        )}
      </div>
    </fieldset>`;
  }

  #renderHealth(): TemplateResult {
    const t = this.localize;
    const groups = this.screen === 'health' ? HEALTH_GROUPS : HEALTH_GROUPS.filter((g) => this.screen === `health:${g.id}`);
    return html`<fieldset aria-describedby="health-hint">
      <legend>${this.titleHeading(t.term('check.health'), { focus: true })}</legend>
      <p class="hint" id="health-hint">${t.term('check.healthHint')}</p>
      ${groups.map(
        (group) => html`<fieldset>
          <legend>${t.term(`group.${group.id}`)}</legend>
          <div class="options">
            ${group.conditions.map((condition) => {
              const checked = this.answers.conditions.includes(condition);
              return html`${this.#renderOption('checkbox', `condition-${condition}`, checked, this.#waitAware('condition', condition), undefined, (on) => this.#toggleCondition(condition, on))}
              ${checked && condition in FOLLOW_UPS ? this.#renderFollowUp(condition as FollowUp) : nothing}`;
            })}
          </div>
        </fieldset>`,
      )}
    </fieldset>`;
  }

  #renderFollowUp(condition: FollowUp): TemplateResult {
    const t = this.localize;
    const id = `date-${condition}`;
    const invalid = this.stepError?.field === id;
    const commit = onCommit(this.answers[FOLLOW_UPS[condition]] ?? '', (value, input) => this.#commitDate(condition, value, input));
    return html`<div class="field">
      <label for=${id}>${t.term(`followup.${condition}`)}</label>
      <span class="hint" id=${`${id}-hint`}>${t.term('check.dateHint')}</span>
      <input
        type="date"
        id=${id}
        min=${`${MIN_YEAR}-01-01`}
        max=${this.#currentToday}
        .value=${this.answers[FOLLOW_UPS[condition]] ?? ''}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `${id}-hint error` : `${id}-hint`}
        @blur=${commit}
        @keydown=${commit}
      />
      ${this.#renderError(id)}
    </div>`;
  }

  #renderSkin(): TemplateResult {
    const t = this.localize;
    const current = this.answers.fitzpatrick;
    return html`<fieldset aria-describedby="skin-hint">
      <legend>${this.titleHeading(t.term('check.skin'), { focus: true })}</legend>
      <p class="hint" id="skin-hint">${t.term('check.skinHint')}</p>
      <div class="options">
        ${FITZPATRICK_TYPES.map((type) => this.#renderOption('radio', `skin-${type}`, current === type, t.term(`skin.${type}`), undefined, () => this.#setSkin(String(type))))}
        ${this.#renderOption('radio', 'skin-skip', current === undefined, t.term('skin.skip'), undefined, () => this.#setSkin(''))}
      </div>
    </fieldset>`;
  }

  #renderOption(type: 'checkbox' | 'radio', id: string, checked: boolean, label: string, hint: string | undefined, onChange: (on: boolean) => void) {
    // The hint is hidden from the label's name and read as its description instead.
    return html`<label class="option" for=${id}>
      <input
        type=${type}
        id=${id}
        name=${type === 'radio' ? 'skin' : id}
        .checked=${checked}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
      />
      <span class="text">${label}${hint ? html`<span class="hint" id=${`${id}-hint`} aria-hidden="true">${hint}</span>` : nothing}</span>
    </label>`;
  }

  #renderResult(): TemplateResult {
    const t = this.localize;
    const result = this.result as CandidacyResult;
    const range = PROTOCOL_LIMITS.plans;
    const { intervalWeeks, windowMaxWeeks } = this.protocol.sessions;
    return html`<div part="result" class="result enter ${result.outcome}">
      ${this.titleHeading(t.term(`outcome.${result.outcome}`), { part: 'outcome', class: 'outcome', focus: true })}
      <p class="lead">${this.#lead(result)}</p>
      ${result.reasons.length
        ? html`${this.sectionHeading(t.term('check.why'))}
            <ul class="reasons">
              ${result.reasons.map(
                (reason) => html`<li>
                  <strong>${reason.id === 'raised-scars' ? t.term('concern.raised-scars') : this.#waitAware('condition', reason.id as Condition)}</strong>:
                  ${this.#waitAware('advice', reason.id as ReasonId)}
                  ${reason.until ? t.term('check.from', { date: t.date(reason.until, { dateStyle: 'long' }) }) : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}
      ${this.#renderNextStep(result)}
      ${result.plan
        ? html`${this.sectionHeading(t.term('check.typicalCourse'))}
            <p>
              ${t.term('check.course', { plan: t.term(`plan.${result.plan}`), sessions: t.plural('sessions', this.protocol.plans[result.plan]), range: `${t.number(range[result.plan].min)}–${t.number(range[result.plan].max)}`, spacing: `${t.number(intervalWeeks)}–${t.plural('weeks', windowMaxWeeks)}` })}
            </p>`
        : nothing}
      ${result.preparation ? this.#renderPreparation() : nothing}
      ${this.sectionHeading(t.term('check.goodToKnow'))}
      <ul>
        ${result.notes.map((note) => html`<li>${t.term(`note.${note}`)}</li>`)}
      </ul>
      <p class="disclaimer">${t.term('disclaimer')}</p>
      <div class="actions">
        <button part="button" type="button" @click=${() => this.#go('concerns')}>${t.term('check.change')}</button>
        <button part="button" type="button" @click=${this.#startOver}>${t.term('check.startOver')}</button>
      </div>
    </div>`;
  }

  /**
   * What the engine's `next` allows: a treatment booking (good fit), one from the end of a dated
   * wait (with a reminder), or a talk with the clinic (consult, undated wait): its booking link
   * labelled as a consultation, its phone, or, with neither, a sentence. Never a dated treatment
   * booking for a patient told to wait or to see a professional.
   */
  #renderNextStep(result: CandidacyResult): TemplateResult {
    const t = this.localize;
    const clinic = this.clinic;
    if (result.next === 'talk-to-clinic') {
      return html`${this.sectionHeading(t.term('check.talk'))}
        ${renderTalkToClinic(t, clinic, this.#currentToday)}`;
    }
    const call = renderCall(t, clinic?.phone);
    const bookingDate = result.next === 'book-after-wait' ? (result.waitUntil as CalendarDate) : this.#currentToday;
    const reminder = result.next === 'book-after-wait' && {
      title: t.term('check.reminderTitle'),
      start: `${bookingDate}T09:00`,
      end: `${bookingDate}T09:30`,
      description: clinic?.name,
      alarmMinutesBefore: 0,
    };
    const book = clinic?.bookingUrl
      ? html`<a part="button" class="button primary" href=${clinic.bookingUrl.replace('{date}', bookingDate)} target="_blank" rel="noopener"
          >${clinic.name ? t.term('clinic.book', { clinic: clinic.name }) : t.term('clinic.bookGeneric')}</a
        >`
      : nothing;
    return html`${reminder
      ? html`<div class="come-back">
          <p>${t.term('check.comeBack')} <strong>${t.date(bookingDate, { dateStyle: 'full' })}</strong></p>
          <button part="button" type="button" @click=${() => downloadCalendar({ name: clinic?.name, events: [reminder] }, 'cit-reminder.ics')}>
            ${t.term('calendar.add')}
          </button>
          ${renderCalendarLinks(t, reminder)}
        </div>`
      : nothing}
    ${book === nothing && call === nothing ? nothing : html`<div class="actions">${book} ${call}</div>`}`;
  }

  /** domain.md "Before the appointment" (002): shown with a good-fit result. */
  #renderPreparation(): TemplateResult {
    const t = this.localize;
    return html`${this.sectionHeading(t.term('check.prepare'))}
      <p>${t.term('prep.title', { hours: t.plural('hours', this.protocol.preparation.hours) })}:</p>
      <ul class="preparation">
        ${PREPARATION.map((item) => html`<li>${t.term(`prep.${item}`)}</li>`)}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cit-candidacy-check': CitCandidacyCheck;
  }
  interface GlobalEventHandlersEventMap {
    'cit-candidacy-change': CustomEvent<CandidacyAnswers>;
    'cit-candidacy-complete': CustomEvent<CandidacyResult>;
  }
}
