import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { nextStepFor, type CandidacyReason, type NextStep } from '../../core/candidacy.js';
import { daysBetween, isCalendarDate, later, localDateOf, type CalendarDate } from '../../core/dates.js';
import { CONCERN_OUTCOME, CONCERNS, CONDITIONS, PREPARATION, type Concern, type Condition } from '../../core/domain.js';
import { CitInputError, type CitInputIssue, type PatientIssueCode } from '../../core/errors.js';
import type { CalendarEvent } from '../../core/calendar-event.js';
import { earliestStart, eventIssues, planWith, readPlanInput, sessionCountIssues, startIssues, type EventFit, type PlanInput, type SessionPlan } from '../../core/plan.js';
import { PROTOCOL_LIMITS } from '../../core/protocol.js';
import { calendarDate, lazy, quote, z } from '../../core/validate.js';
import { Localize } from '../../i18n/localize.js';
import type { Messages } from '../../i18n/types.js';
import { readAttribute, type AttributeProblem } from '../attributes.js';
import { downloadCalendar, renderCalendarLinks } from '../calendar.js';
import { plannerEn } from './messages/en.js';
import { styles } from './cit-session-planner.styles.js';
import { renderProblems } from '../problems.js';
import { CitWidget } from '../widget.js';
import { onCommit } from '../date-field.js';
import { renderTalkToClinic } from '../clinic-actions.js';

/** The concerns a course can treat: the two that are not CIT indications are left out. */
const TREATABLE = CONCERNS.filter((c) => !CONCERN_OUTCOME[c]);

/** A reminder at 9:00 the day before an all-day session (15 hours before its midnight start). */
const DAY_BEFORE_AT_NINE = 15 * 60;

const idsAttribute = /* @__PURE__ */ lazy(() =>
  z.string().check(
    z.refine((v) => v.split(/[\s,]+/).filter(Boolean).every((id) => (TREATABLE as readonly string[]).includes(id)), {
      error: (issue) => `${quote(issue.input)} is not a list of concerns from: ${TREATABLE.join(', ')}`,
    }),
  ),
);
const wholeAttribute = /* @__PURE__ */ lazy(() => z.string().check(z.refine((v) => /^\d{1,2}$/.test(v), { error: (issue) => `${quote(issue.input)} is not a whole number` })));

/** Which attribute each engine input comes from, to name it when the engine refuses a value. */
const ATTRIBUTE_OF: Readonly<Record<string, string>> = { sessions: 'sessions', intervalWeeks: 'interval', start: 'start', eventDate: 'event-date' };

/** The attributes the engine was last asked about, and what it refused: the check reruns only when they change. */
interface RangeCheck {
  key: string;
  problems: AttributeProblem[];
  start: string;
  sessions?: number | undefined;
  intervalWeeks?: number | undefined;
  eventDate?: string | undefined;
}

/**
 * What a candidacy check can give as a reason: every condition, and the concerns that are not CIT
 * indications (active acne is both). Each has a `pl.reason.*` message, so a condition added to the
 * engine without one fails the build; the test checks the concerns.
 */
type ReasonId = Condition | 'raised-scars';
const REASON_IDS: ReadonlySet<string> = new Set([...CONDITIONS, ...CONCERNS.filter((c) => CONCERN_OUTCOME[c])]);
const isReasonId = (id: string): id is ReasonId => REASON_IDS.has(id);

/**
 * @summary A course of sessions a patient can see, adjust, price and put in a calendar: dates and
 * the window each may move within, first and best results, maintenance, how the course lines up
 * with a date that matters, and the cost at the clinic's prices. After a suitability check in the
 * same clinic it says first what the check found, and offers session bookings only when the
 * check allows them.
 *
 * @tag cit-session-planner
 *
 * @fires {CustomEvent<SessionPlan>} cit-plan-change - The patient changed the plan; `detail` is the engine's plan.
 *
 * @csspart base - The widget's box.
 * @csspart notice - What a suitability check in the same clinic found, when it advised a wait or a consultation.
 * @csspart controls - The inputs.
 * @csspart chart - The timeline graphic.
 * @csspart schedule - The table of sessions.
 * @csspart result - Results, maintenance, event and cost.
 * @csspart button - Every button and button-like link.
 * @csspart error - The box listing invalid attributes.
 *
 * @cssprop --cit-planner-accent - Sessions on the chart, buttons, links. Default `--cit-color-accent`.
 * @cssprop --cit-planner-results - The results bands on the chart. Default `#8fc3b9`.
 * @cssprop --cit-planner-event - The event marker on the chart. Default `#8a5300`.
 */
export class CitSessionPlanner extends CitWidget {
  static override styles = styles;

  protected readonly localize = new Localize(this, plannerEn, 'cit-session-planner', import.meta.glob<{ default: Messages }>(['./messages/*.ts', '!./messages/en.ts']));

  /** Concern ids to plan for, separated by spaces or commas. Default: those of a completed candidacy check in the same `<cit-clinic>`. */
  @property() concerns?: string;
  /**
   * First session (`YYYY-MM-DD`), today or later. Default: today. After a candidacy check in the same
   * `<cit-clinic>`: from the end of its wait, or, when it advised a consultation or a wait with no
   * date, none (the patient picks one).
   */
  @property() start?: string;
  /** Number of sessions, within the plan's range. Default: the plan's recommendation. */
  @property() sessions?: string;
  /** Weeks between sessions, within the protocol's window. Default: the protocol's interval. */
  @property() interval?: string;
  /** A date that matters (`YYYY-MM-DD`): which results the course may show by then. */
  @property({ attribute: 'event-date' }) eventDate?: string;
  /** Today's date (`YYYY-MM-DD`) for demos and tests. Default: the device's date. */
  @property() today?: string;

  /** What the patient changed with the controls; each beats its attribute. */
  @state() private chosen: { concerns?: Concern[]; start?: string; sessions?: number; interval?: number; eventDate?: string } = {};
  @state() private moved: { n: number; date: CalendarDate }[] = [];
  @state() private moveError?: { n: number; message: string };
  /** The patient's message for a refused first-session or event date they typed. */
  @state() private startError?: string;
  @state() private eventError?: string;
  @state() private withMaintenance = false;

  #fromAttributes: Omit<PlanInput, 'concerns'> & { concerns?: Concern[] } = { start: '' };
  /** The inputs the last range check ran on, and the problems it found: the check reruns only when they change. */
  #rangeCheck: RangeCheck = {
    key: '',
    problems: [],
    start: '',
  };
  #today: CalendarDate = localDateOf(new Date());
  #checkedProtocol?: object;
  #seenCandidacy?: object;

  protected override validate(problems: AttributeProblem[]): void {
    super.validate(problems);
    this.#today = readAttribute(problems, 'today', this.today, calendarDate) ?? localDateOf(new Date());
    // A new check result supersedes a start and moves the patient chose before it.
    const candidacy = this.clinic?.candidacy;
    if (candidacy !== this.#seenCandidacy) {
      this.#seenCandidacy = candidacy;
      if (this.chosen.start !== undefined) this.chosen = { ...this.chosen, start: undefined };
      if (this.moved.length) this.moved = [];
      this.startError = this.moveError = undefined;
    }
    const concerns = readAttribute(problems, 'concerns', this.concerns, idsAttribute);
    const number = (name: string, value: string | undefined) => {
      const valid = readAttribute(problems, name, value, wholeAttribute);
      return valid === undefined ? undefined : Number(valid);
    };
    let start = readAttribute(problems, 'start', this.start, calendarDate);
    // A start in the past is the page's mistake, not the patient's: named on the attribute.
    const past = start === undefined ? undefined : startIssues(start, this.#today, undefined)[0];
    if (past) {
      problems.push({ attribute: 'start', value: '', message: past.message });
      start = undefined;
    }
    const attrs = {
      concerns: concerns?.split(/[\s,]+/).filter(Boolean) as Concern[] | undefined,
      start: start ?? '',
      sessions: number('sessions', this.sessions),
      intervalWeeks: number('interval', this.interval),
      eventDate: readAttribute(problems, 'event-date', this.eventDate, calendarDate),
    };
    // Ranges depend on the plan and the protocol, and a course must not leave the supported years:
    // ask the engine, and name the attribute it refuses.
    const forCheck = attrs.concerns?.length ? attrs.concerns : this.#candidacyConcerns;
    const trialStart = this.#defaultStartFor(attrs.start) || this.#today;
    const key = JSON.stringify([forCheck, attrs.sessions, attrs.intervalWeeks, attrs.start, attrs.eventDate, trialStart]);
    if (key !== this.#rangeCheck.key || this.protocol !== this.#checkedProtocol) {
      const check: RangeCheck = { key, problems: [], start: attrs.start, sessions: attrs.sessions, intervalWeeks: attrs.intervalWeeks, eventDate: attrs.eventDate };
      this.#checkedProtocol = this.protocol;
      this.#judged = '';
      // Without concerns there is no plan yet: the count must at least suit some plan.
      const issues = forCheck.length || attrs.sessions === undefined ? [] : sessionCountIssues(attrs.sessions);
      for (const issue of issues) {
        check.problems.push({ attribute: 'sessions', value: '', message: issue.message });
        check.sessions = undefined;
      }
      // Each refusal drops the attribute it names and tries again, so one bad value does not hide another.
      for (let tries = 0; forCheck.length && tries < 4; tries++) {
        const trial: PlanInput = { concerns: forCheck, start: this.#defaultStartFor(check.start) || this.#today, sessions: check.sessions, intervalWeeks: check.intervalWeeks, eventDate: check.eventDate, today: this.#today };
        const refused = engineIssues(() => planWith(readPlanInput(trial), this.protocol));
        let dropped = false;
        for (const issue of refused) {
          // A course from today (no start attribute) that leaves the supported years is the `today` attribute's.
          const attribute = issue.path === 'start' && !check.start ? (this.today ? 'today' : undefined) : ATTRIBUTE_OF[issue.path];
          if (!attribute || check.problems.some((p) => p.attribute === attribute)) continue;
          check.problems.push({ attribute, value: '', message: issue.message });
          if (issue.path === 'sessions') check.sessions = undefined;
          if (issue.path === 'intervalWeeks') check.intervalWeeks = undefined;
          if (issue.path === 'start') check.start = '';
          if (issue.path === 'eventDate') check.eventDate = undefined;
          dropped = attribute !== 'today';
        }
        if (!dropped) break;
      }
      this.#rangeCheck = check;
    }
    problems.push(...this.#rangeCheck.problems);
    const { sessions, intervalWeeks, eventDate } = this.#rangeCheck;
    this.#fromAttributes = { ...attrs, start: this.#rangeCheck.start, sessions, intervalWeeks, eventDate };
  }

  get #candidacyConcerns(): Concern[] {
    return (this.clinic?.candidacy?.concerns ?? []).filter((c) => (TREATABLE as readonly string[]).includes(c));
  }

  /** What a completed candidacy check in the same clinic found, as the engine takes it. */
  get #candidacy(): PlanInput['candidacy'] {
    const candidacy = this.clinic?.candidacy;
    if (!candidacy) return undefined;
    return candidacy.waitUntil ? { outcome: candidacy.outcome, waitUntil: candidacy.waitUntil } : { outcome: candidacy.outcome };
  }

  /** What the check allows: session bookings (also with no check), bookings from a wait's end, or a talk with the clinic. */
  get #next(): NextStep {
    const candidacy = this.#candidacy;
    return candidacy ? nextStepFor(candidacy.outcome, candidacy.waitUntil) : 'book-treatment';
  }

  /** The earliest first session the engine accepts: today, or a dated wait's end. */
  get #earliest(): CalendarDate {
    return earliestStart(this.#today, this.#candidacy);
  }

  /**
   * The first session when the patient has not picked one: the attribute's or today, never before
   * a dated wait's end; none after a check that advised a consultation or a wait with no date, where
   * a pre-filled date would read as "you can start then".
   */
  #defaultStartFor(attribute: string): string {
    if (this.#next === 'talk-to-clinic') return '';
    return later(attribute || this.#today, this.#earliest);
  }

  /** The engine's input: the patient's choices, then the attributes, then the clinic's hand-over and defaults. */
  get #input(): PlanInput {
    const attrs = this.#fromAttributes;
    const input: PlanInput = {
      concerns: this.chosen.concerns ?? (attrs.concerns?.length ? attrs.concerns : this.#candidacyConcerns),
      start: this.chosen.start || this.#defaultStartFor(attrs.start),
      // The attribute's count was checked against the attribute's concerns: once the patient picks
      // other concerns, their plan's recommendation applies.
      sessions: this.chosen.sessions ?? (this.chosen.concerns ? undefined : attrs.sessions),
      intervalWeeks: this.chosen.interval ?? attrs.intervalWeeks,
      eventDate: this.chosen.eventDate ?? attrs.eventDate,
      moved: this.moved,
      today: this.#today,
    };
    const candidacy = this.#candidacy;
    if (candidacy) input.candidacy = candidacy;
    const { price, currency } = this.clinic ?? {};
    if (price && currency) input.price = { ...price, currency };
    if (input.eventDate === '') delete input.eventDate;
    return input;
  }

  /**
   * The current plan, or nothing while no concern with a course or no first session is chosen, or
   * when the engine refuses the combination (a course that would leave the supported years): the
   * widget then says so, and never throws.
   */
  get plan(): SessionPlan | undefined {
    const input = this.#input;
    if (!input.concerns.length || !input.start) return undefined;
    let plan: SessionPlan | undefined;
    engineIssues(() => (plan = planWith(input, this.protocol)));
    return plan;
  }

  #change(chosen: Partial<typeof this.chosen>, keepMoves = false): void {
    this.#judged = '';
    this.chosen = { ...this.chosen, ...chosen };
    if (!keepMoves) this.moved = [];
    this.moveError = this.startError = this.eventError = undefined;
    const plan = this.plan;
    if (plan) this.emit<SessionPlan>('cit-plan-change', plan);
  }

  #afterPaint = false;

  /** A tap that redraws the whole plan: the tick is painted first, the plan in a task of its own (not Enter: the key's release would wait). */
  #tap(chosen: Partial<typeof this.chosen>): void {
    this.#afterPaint = true;
    this.#change(chosen);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#afterPaint) return super.scheduleUpdate();
    return new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve));
      // A hidden page paints no frame.
      setTimeout(resolve, 100);
    }).then(() => {
      // Taps while it waited are drawn by this render too.
      this.#afterPaint = false;
      return super.scheduleUpdate();
    });
  }

  #toggleConcern(concern: Concern, on: boolean): void {
    const current = this.#input.concerns;
    this.#tap({ concerns: TREATABLE.filter((c) => (c === concern ? on : current.includes(c))), sessions: undefined });
  }

  /** The last entry judged (field, value and the plan's input), until the plan or its protocol changes. */
  #judged = '';

  /**
   * Whether this entry was just refused against the same plan: a field is committed on Enter and
   * again when the patient leaves it, and the second time has nothing new to say (no work, no render).
   */
  #refusedAgain(field: string, value: string): boolean {
    const key = JSON.stringify([field, value, this.#input]);
    if (this.#judged === key) return true;
    this.#judged = key;
    return false;
  }

  /** Moves session `n`; the engine refuses a date outside its window, and the patient is told why in their language. */
  #move(n: number, date: string): void {
    if (this.#refusedAgain(`move-${n}`, date)) return;
    const moved = [...this.moved.filter((m) => m.n !== n && m.n < n), { n, date }];
    const refused = isCalendarDate(date) ? engineIssues(() => planWith({ ...this.#input, moved }, this.protocol)) : [undefined];
    if (refused.length) {
      this.moveError = { n, message: this.#patientMessage(refused[0]) };
      return;
    }
    this.moved = moved;
    this.#change({}, true);
  }

  /** A first session the patient typed: refused before today, inside a dated wait, or where no course fits the supported years. */
  #commitStart(start: string): void {
    if (this.#refusedAgain('start', start)) return;
    const input = { ...this.#input, start, moved: [] };
    const refused = !start
      ? []
      : !isCalendarDate(start)
        ? [undefined]
        : input.concerns.length
          ? engineIssues(() => planWith(input, this.protocol))
          : startIssues(start, this.#today, this.#candidacy);
    if (refused.length) {
      this.startError = this.#patientMessage(refused.find((issue) => issue?.path === 'start') ?? refused[0]);
      return;
    }
    this.#change({ start });
  }

  /** A date that matters, typed by the patient: refused only when the engine cannot compute with it. */
  #commitEvent(eventDate: string): void {
    if (this.#refusedAgain('event', eventDate)) return;
    const input = { ...this.#input, eventDate };
    const refused = !eventDate
      ? []
      : !isCalendarDate(eventDate)
        ? [undefined]
        : input.concerns.length && input.start
          ? engineIssues(() => planWith(input, this.protocol))
          : eventIssues(eventDate, this.#today);
    if (refused.length) {
      this.eventError = this.#patientMessage(refused.find((issue) => issue?.path === 'eventDate') ?? refused[0]);
      return;
    }
    this.#change({ eventDate }, true);
  }

  /** The patient's message for a refused date, from the engine's code and limit: never the engine's English for developers. */
  #patientMessage(issue: CitInputIssue | undefined): string {
    const t = this.localize;
    const { code, limit } = issue ?? {};
    if (!code || !limit) return t.term('pl.issue.other');
    const date = this.#longDate(limit);
    const { windowMinWeeks, windowMaxWeeks } = this.protocol.sessions;
    const messages: Record<PatientIssueCode, () => string> = {
      'in-the-past': () => t.term('pl.issue.in-the-past', { date }),
      'during-wait': () => t.term('pl.issue.during-wait', { date }),
      'too-soon': () => t.term('pl.issue.too-soon', { date, weeks: t.plural('weeks', windowMinWeeks) }),
      'too-late': () => t.term('pl.issue.too-late', { date, weeks: t.plural('weeks', windowMaxWeeks) }),
      'is-start': () => t.term('pl.issue.is-start'),
    };
    return messages[code]();
  }

  #date(value: CalendarDate): string {
    return this.localize.date(value, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  }

  /** A date inside a sentence: "January 31, 2026", "31 de enero de 2026". */
  #longDate(value: CalendarDate): string {
    return this.localize.date(value, { dateStyle: 'long' });
  }

  protected override render() {
    const t = this.localize;
    const input = this.#input;
    const plan = this.plan;
    const why = !input.concerns.length ? t.term('pl.noPlan') : !input.start ? t.term('pl.noStart') : t.term('pl.cannotPlan');
    return html`<section part="base" aria-label=${t.term('pl.label')} lang=${t.catalogLang} dir=${t.dir} data-theme=${this.themeInUse}>
      ${renderProblems(t, this.problems, this.themeInUse)}
      ${this.titleHeading(t.term('pl.title'))}
      ${this.#renderCheckNotice()} ${this.#renderControls(plan)}
      <div aria-live="polite">${plan ? this.#renderPlan(plan) : html`<p class="no-plan">${why}</p>`}</div>
      <p class="disclaimer">${t.term('disclaimer')}</p>
    </section>`;
  }

  /**
   * What a completed check in the same clinic found, said before anything else when it was not a
   * plain good fit: a consultation (and what it was about), a wait with no date (what has to clear
   * up, heal or be over), or a dated wait (until when). The first two offer a talk with the clinic.
   */
  #renderCheckNotice(): TemplateResult | typeof nothing {
    const t = this.localize;
    const candidacy = this.clinic?.candidacy;
    if (!candidacy || candidacy.outcome === 'good-fit') return nothing;
    const consult = candidacy.outcome === 'consult';
    const reasons = this.#renderReasons(candidacy.reasons.filter((r) => r.outcome === candidacy.outcome));
    if (consult) {
      return html`<div part="notice" class="notice consult">
        ${this.sectionHeading(t.term('pl.consultTitle'))}
        <p>${t.term('pl.consultLead')}</p>
        ${reasons}
        <p>${t.term('pl.consultNext')}</p>
        ${renderTalkToClinic(t, this.clinic, this.#today)}
      </div>`;
    }
    if (this.#next === 'talk-to-clinic') {
      return html`<div part="notice" class="notice wait">
        ${this.sectionHeading(t.term('pl.waitTitle'))}
        <p>${t.term('pl.waitLead')}</p>
        ${reasons}
        <p>${t.term('pl.waitNext')}</p>
        ${renderTalkToClinic(t, this.clinic, this.#today)}
      </div>`;
    }
    return html`<div part="notice" class="notice wait">
      ${this.sectionHeading(t.term('pl.waitDatedTitle'))}
      <p>${t.term('pl.waitDatedLead', { date: this.#longDate(this.#earliest) })}</p>
      ${reasons}
      <p>${t.term('pl.waitDatedNext')}</p>
    </div>`;
  }

  #renderReasons(reasons: readonly CandidacyReason[]): TemplateResult | typeof nothing {
    const t = this.localize;
    const named = reasons.filter((r) => isReasonId(r.id));
    if (!named.length) return nothing;
    return html`<ul class="reasons">
      ${named.map((r) => {
        const name = t.term(`pl.reason.${r.id as ReasonId}`);
        return html`<li>${r.until ? t.term('pl.reasonFrom', { reason: name, date: this.#longDate(r.until) }) : name}</li>`;
      })}
    </ul>`;
  }

  #renderControls(plan: SessionPlan | undefined): TemplateResult {
    const t = this.localize;
    const input = this.#input;
    const startCommit = onCommit(input.start, (start) => this.#commitStart(start));
    const eventCommit = onCommit(input.eventDate ?? '', (eventDate) => this.#commitEvent(eventDate));
    const fromCheck = !this.chosen.concerns && !this.#fromAttributes.concerns?.length && this.#candidacyConcerns.length > 0;
    return html`<div part="controls" class="controls">
      <fieldset>
        <legend>${t.term('pl.concerns')}</legend>
        ${fromCheck ? html`<p class="hint">${t.term('pl.fromCheck')}</p>` : nothing}
        <div class="chips">
          ${TREATABLE.map(
            (c) => html`<label class="chip"
              ><input type="checkbox" .checked=${input.concerns.includes(c)} @change=${(e: Event) => this.#toggleConcern(c, (e.target as HTMLInputElement).checked)} />
              ${t.term(`concern.${c}`)}</label
            >`,
          )}
        </div>
      </fieldset>
      <div class="fields">
        <div class="date-field">
          <label for="start">${t.term('pl.start')}</label>
          <input
            type="date"
            id="start"
            .value=${input.start}
            min=${this.#earliest}
            aria-invalid=${this.startError ? 'true' : 'false'}
            aria-describedby=${this.startError ? 'start-error' : nothing}
            @blur=${startCommit}
            @keydown=${startCommit}
          />
          ${this.startError ? html`<p class="error" id="start-error" role="alert">${this.startError}</p>` : nothing}
        </div>
        ${plan
          ? html`<label
                >${t.term('pl.sessions')}
                <select id="sessions" @change=${(e: Event) => this.#tap({ sessions: Number((e.target as HTMLSelectElement).value) })}>
                  ${range(plan.sessionsRecommended.min, plan.sessionsRecommended.max).map(
                    (n) => html`<option value=${n} ?selected=${n === plan.sessions.length}>
                      ${n === plan.sessionsRecommended.default ? t.term('pl.recommended', { n: t.number(n) }) : t.number(n)}
                    </option>`,
                  )}
                </select></label
              >
              <label
                >${t.term('pl.interval')}
                <select id="interval" @change=${(e: Event) => this.#tap({ interval: Number((e.target as HTMLSelectElement).value) })}>
                  ${range(this.protocol.sessions.windowMinWeeks, this.protocol.sessions.windowMaxWeeks).map(
                    (n) => html`<option value=${n} ?selected=${n === (input.intervalWeeks ?? this.protocol.sessions.intervalWeeks)}>${t.number(n)}</option>`,
                  )}
                </select></label
              >`
          : nothing}
        <div class="date-field">
          <label for="event">${t.term('pl.event')}</label>
          <span class="hint" id="event-hint">${t.term('pl.eventHint')}</span>
          <input
            type="date"
            id="event"
            .value=${input.eventDate ?? ''}
            min=${this.#today}
            aria-invalid=${this.eventError ? 'true' : 'false'}
            aria-describedby=${this.eventError ? 'event-hint event-error' : 'event-hint'}
            @blur=${eventCommit}
            @keydown=${eventCommit}
          />
          ${this.eventError ? html`<p class="error" id="event-error" role="alert">${this.eventError}</p>` : nothing}
        </div>
      </div>
    </div>`;
  }

  #renderPlan(plan: SessionPlan): TemplateResult {
    const t = this.localize;
    // `{date}` in the clinic's booking link becomes each session's date; after a check that advised
    // a consultation or a wait with no date, no session is offered for booking (and none goes in a calendar).
    const talk = plan.next === 'talk-to-clinic';
    const bookingUrl = talk ? undefined : this.clinic?.bookingUrl;
    const { min: everyMin, max: everyMax } = PROTOCOL_LIMITS.sessions.maintenanceMonths;
    return html`${talk ? html`<p class="hint example">${t.term('pl.exampleOnly')}</p>` : nothing} ${this.#renderChart(plan)}
      ${this.sectionHeading(t.term('pl.schedule'))}
      <table part="schedule" class="schedule">
        <thead>
          <tr>
            <th scope="col">${t.term('pl.session')}</th>
            <th scope="col">${t.term('pl.date')}</th>
            <th scope="col">${t.term('pl.window')}</th>
            ${bookingUrl ? html`<th scope="col"><span class="sr-only">${t.term('pl.book')}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${plan.sessions.map(
            (s) => html`<tr>
              <th scope="row">${t.number(s.n)}</th>
              <td>
                ${s.n === 1
                  ? this.#date(s.date)
                  : html`<label class="sr-only" for=${`move-${s.n}`}>${t.term('pl.move', { n: s.n })}</label>
                      <input
                        type="date"
                        id=${`move-${s.n}`}
                        .value=${s.date}
                        min=${s.earliest}
                        max=${s.latest}
                        aria-invalid=${this.moveError?.n === s.n ? 'true' : 'false'}
                        aria-describedby=${this.moveError?.n === s.n ? `window-${s.n} move-error-${s.n}` : `window-${s.n}`}
                        @blur=${onCommit(s.date, (value) => this.#move(s.n, value))}
                        @keydown=${onCommit(s.date, (value) => this.#move(s.n, value))}
                      />
                      ${this.moveError?.n === s.n ? html`<p class="error" id=${`move-error-${s.n}`} role="alert">${this.moveError.message}</p>` : nothing}`}
              </td>
              <td id=${`window-${s.n}`}>${s.n === 1 ? '—' : t.term('pl.range', { from: this.#date(s.earliest), to: this.#date(s.latest) })}</td>
              ${bookingUrl ? html`<td><a part="button" class="button" href=${bookingUrl.replace('{date}', s.date)} target="_blank" rel="noopener">${t.term('pl.bookSession', { n: s.n })}</a></td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
      <dl part="result" class="result">
        <dt>${t.term('pl.firstResults')}</dt>
        <dd>${t.term('pl.range', { from: this.#date(plan.firstResults.from), to: this.#date(plan.firstResults.to) })}</dd>
        <dt>${t.term('pl.bestResults')}</dt>
        <dd>${t.term('pl.range', { from: this.#date(plan.bestResults.from), to: this.#date(plan.bestResults.to) })}</dd>
        <dt>${t.term('pl.maintenance')}</dt>
        <dd>${t.term('pl.maintenanceEvery', { every: `${t.number(everyMin)}–${t.plural('months', everyMax)}`, first: this.#date(plan.maintenance[0]), second: this.#date(plan.maintenance[1]) })}</dd>
        ${plan.cost
          ? html`<dt>${t.term('pl.cost')}</dt>
              <dd>
                ${plan.cost.min === plan.cost.max
                  ? t.currency(plan.cost.min, plan.cost.currency)
                  : t.term('pl.range', { from: t.currency(plan.cost.min, plan.cost.currency), to: t.currency(plan.cost.max, plan.cost.currency) })}
                <span class="hint">${t.term('pl.costNote')}</span>
              </dd>`
          : nothing}
      </dl>
      ${plan.event ? this.#renderEvent(plan) : nothing} ${talk ? nothing : this.#renderCalendar(plan)}`;
  }

  #renderEvent(plan: SessionPlan): TemplateResult {
    const t = this.localize;
    const event = plan.event as EventFit;
    const lead = t.plural('weeks', this.protocol.sessions.eventLeadWeeks);
    const best = t.plural('months', this.protocol.results.bestFromMonths);
    const date = this.#date(event.date);
    if (event.meets === 'best-results') return html`<p class="event best-results">${t.term('pl.eventBest', { event: date, months: best })}</p>`;
    if (event.meets === 'first-changes') {
      const later = event.latestStart.bestResults >= this.#earliest ? t.term('pl.eventBestBy', { months: best, start: this.#date(event.latestStart.bestResults) }) : '';
      return html`<p class="event first-changes">${t.term('pl.eventFirst', { event: date, weeks: lead })} ${later}</p>`;
    }
    const fit = event.sessionsThatFit;
    // A shorter course within the plan that would leave the lead time, or else how many sessions could.
    const option = event.shorterCourse
      ? t.term('pl.shorter', { sessions: t.plural('sessions', event.shorterCourse), weeks: lead })
      : fit > 0
        ? t.term('pl.fewer', { sessions: t.plural('sessions', fit), weeks: lead })
        : t.term('pl.tooClose', { weeks: lead });
    const headline =
      event.latestStart.firstChanges >= this.#earliest
        ? t.term('pl.eventNeither', { event: date, weeks: lead, start: this.#date(event.latestStart.firstChanges) })
        : t.term('pl.eventTooLate', { event: date, weeks: lead });
    return html`<p class="event neither">${headline} ${option}</p>`;
  }

  /** The course at a glance: sessions as dots from the first session to the best results, with the result bands and the event. */
  #renderChart(plan: SessionPlan): TemplateResult {
    const t = this.localize;
    const from = plan.sessions[0]?.date as CalendarDate;
    const to = later(plan.bestResults.to, plan.event?.date ?? plan.bestResults.to);
    const span = Math.max(1, daysBetween(from, to));
    // Time runs the way the patient reads: from the right in Arabic and Hebrew.
    const rtl = t.dir === 'rtl';
    const x = (date: CalendarDate) => {
      const along = 10 + (980 * daysBetween(from, date)) / span;
      return rtl ? 1000 - along : along;
    };
    const band = (start: CalendarDate, end: CalendarDate) => ({ x: Math.min(x(start), x(end)), width: Math.abs(x(end) - x(start)) });
    const first = band(plan.firstResults.from, plan.firstResults.to);
    const best = band(plan.bestResults.from, plan.bestResults.to);
    const summary = t.term('pl.chart', { count: t.plural('sessions', plan.sessions.length), from: this.#date(from), to: this.#date(plan.bestResults.to) });
    return html`<svg part="chart" class="chart" viewBox="0 0 1000 40" role="img" aria-label=${summary} preserveAspectRatio="none">
      ${svg`<line x1="10" y1="20" x2="990" y2="20" class="axis" />
        <rect class="results" x=${first.x} y="12" width=${first.width} height="16" />
        <rect class="results best" x=${best.x} y="12" width=${best.width} height="16" />
        ${plan.event ? svg`<line class="event-mark" x1=${x(plan.event.date)} x2=${x(plan.event.date)} y1="2" y2="38" />` : nothing}
        ${plan.sessions.map((s) => svg`<circle class="session" cx=${x(s.date)} cy="20" r="7" />`)}`}
    </svg>`;
  }

  #renderCalendar(plan: SessionPlan): TemplateResult {
    const t = this.localize;
    // domain.md "Before the appointment": each reminder carries the advice for the hours before.
    const preparation = [t.term('pl.prep.title', { hours: t.plural('hours', this.protocol.preparation.hours) }), ...PREPARATION.map((item) => `- ${t.term(`prep.${item}`)}`)].join('\n');
    const description = [this.clinic?.name, preparation].filter(Boolean).join('\n\n');
    const events: CalendarEvent[] = plan.sessions.map((s) => ({
      title: t.term('pl.sessionTitle', { n: s.n }),
      start: s.date,
      description,
      alarmMinutesBefore: DAY_BEFORE_AT_NINE,
    }));
    if (this.withMaintenance) {
      for (const date of plan.maintenance) events.push({ title: t.term('pl.maintenanceTitle'), start: date, description, alarmMinutesBefore: DAY_BEFORE_AT_NINE });
    }
    return html`<div class="calendar">
      <label class="check"
        ><input type="checkbox" .checked=${this.withMaintenance} @change=${(e: Event) => (this.withMaintenance = (e.target as HTMLInputElement).checked)} />
        ${t.term('pl.withMaintenance')}</label
      >
      <button part="button" type="button" @click=${() => downloadCalendar({ name: this.clinic?.name, events }, 'cit-course.ics')}>${t.term('pl.calendar')}</button>
      <ul class="links">
        ${events.map((event) => html`<li>${event.title}, ${this.#date(event.start)}. ${renderCalendarLinks(t, event)}</li>`)}
      </ul>
    </div>`;
  }
}

/** The engine's refusals of a computation, or none: anything but a `CitInputError` is a bug and is thrown. */
function engineIssues(compute: () => unknown): readonly CitInputIssue[] {
  try {
    compute();
    return [];
  } catch (error) {
    if (!(error instanceof CitInputError)) throw error;
    return error.issues;
  }
}

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

declare global {
  interface HTMLElementTagNameMap {
    'cit-session-planner': CitSessionPlanner;
  }
  interface GlobalEventHandlersEventMap {
    'cit-plan-change': CustomEvent<SessionPlan>;
  }
}
