import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { daysBetween, later, localDateOf, type CalendarDate } from '../core/dates.js';
import { CONCERN_OUTCOME, CONCERNS, type Concern } from '../core/domain.js';
import { CitInputError } from '../core/errors.js';
import type { CalendarEvent } from '../core/ics.js';
import { planSessions, sessionCountIssues, type EventFit, type PlanInput, type SessionPlan } from '../core/plan.js';
import { calendarDate, quote, z } from '../core/validate.js';
import { Localize } from '../i18n/localize.js';
import { readAttribute, type AttributeProblem } from './attributes.js';
import { downloadCalendar, renderCalendarLinks } from './calendar.js';
import { plannerEn, plannerEs, type PlannerMessages } from './cit-session-planner.messages.js';
import { styles } from './cit-session-planner.styles.js';
import { renderProblems } from './problems.js';
import { CitWidget } from './widget.js';

/** The concerns a course can treat: the two that are not CIT indications are left out. */
const TREATABLE = CONCERNS.filter((c) => !CONCERN_OUTCOME[c]);

/** A reminder at 9:00 the day before an all-day session (15 hours before its midnight start). */
const DAY_BEFORE_AT_NINE = 15 * 60;

const idsAttribute = z.string().check(
  z.refine((v) => v.split(/[\s,]+/).filter(Boolean).every((id) => (TREATABLE as readonly string[]).includes(id)), {
    error: (issue) => `${quote(issue.input)} is not a list of concerns from: ${TREATABLE.join(', ')}`,
  }),
);
const wholeAttribute = z.string().check(z.refine((v) => /^\d{1,2}$/.test(v), { error: (issue) => `${quote(issue.input)} is not a whole number` }));

/** Which attribute each engine input comes from, to name it when the engine refuses a value. */
const ATTRIBUTE_OF: Readonly<Record<string, string>> = { sessions: 'sessions', intervalWeeks: 'interval' };

/**
 * @summary A course of sessions a patient can see, adjust, price and put in a calendar: dates and
 * the window each may move within, first and best results, maintenance, readiness for an event
 * date, and the cost at the clinic's prices.
 *
 * @tag cit-session-planner
 *
 * @fires {CustomEvent<SessionPlan>} cit-plan-change - The patient changed the plan; `detail` is the engine's plan.
 *
 * @csspart base - The widget's box.
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

  protected readonly localize = new Localize<PlannerMessages>(this, { en: plannerEn, es: plannerEs });

  /** Concern ids to plan for, separated by spaces or commas. Default: those of a completed candidacy check in the same `<cit-clinic>`. */
  @property() concerns?: string;
  /** First session (`YYYY-MM-DD`). Default: today, or the end of a candidacy check's wait. */
  @property() start?: string;
  /** Number of sessions, within the plan's range. Default: the plan's recommendation. */
  @property() sessions?: string;
  /** Weeks between sessions, within the protocol's window. Default: the protocol's interval. */
  @property() interval?: string;
  /** A date that matters (`YYYY-MM-DD`): is the course ready by then? */
  @property({ attribute: 'event-date' }) eventDate?: string;
  /** Today's date (`YYYY-MM-DD`) for demos and tests. Default: the device's date. */
  @property() today?: string;

  /** What the patient changed with the controls; each beats its attribute. */
  @state() private chosen: { concerns?: Concern[]; start?: string; sessions?: number; interval?: number; eventDate?: string } = {};
  @state() private moved: { n: number; date: CalendarDate }[] = [];
  @state() private moveError?: { n: number; message: string };
  @state() private withMaintenance = false;

  #fromAttributes: Omit<PlanInput, 'concerns'> & { concerns?: Concern[] } = { start: '' };
  /** The inputs the last range check ran on, and the problems it found: the check reruns only when they change. */
  #rangeCheck: { key: string; problems: AttributeProblem[]; sessions?: number; intervalWeeks?: number } = { key: '', problems: [] };
  #today: CalendarDate = localDateOf(new Date());
  #checkedProtocol?: object;

  protected override validate(problems: AttributeProblem[]): void {
    super.validate(problems);
    this.#today = readAttribute(problems, 'today', this.today, calendarDate) ?? localDateOf(new Date());
    const concerns = readAttribute(problems, 'concerns', this.concerns, idsAttribute);
    const number = (name: string, value: string | undefined) => {
      const valid = readAttribute(problems, name, value, wholeAttribute);
      return valid === undefined ? undefined : Number(valid);
    };
    const attrs = {
      concerns: concerns?.split(/[\s,]+/).filter(Boolean) as Concern[] | undefined,
      start: readAttribute(problems, 'start', this.start, calendarDate) ?? '',
      sessions: number('sessions', this.sessions),
      intervalWeeks: number('interval', this.interval),
      eventDate: readAttribute(problems, 'event-date', this.eventDate, calendarDate),
    };
    // Ranges depend on the plan and the protocol: ask the engine, and name the attribute it refuses.
    const forCheck = attrs.concerns?.length ? attrs.concerns : this.#candidacyConcerns;
    const key = JSON.stringify([forCheck, attrs.sessions, attrs.intervalWeeks]);
    if (key !== this.#rangeCheck.key || this.protocol !== this.#checkedProtocol) {
      this.#rangeCheck = { key, problems: [], sessions: attrs.sessions, intervalWeeks: attrs.intervalWeeks };
      this.#checkedProtocol = this.protocol;
      // Without concerns there is no plan yet: the count must at least suit some plan.
      const issues = forCheck.length || attrs.sessions === undefined ? [] : sessionCountIssues(attrs.sessions);
      for (const issue of issues) {
        this.#rangeCheck.problems.push({ attribute: 'sessions', value: '', message: issue.message });
        this.#rangeCheck.sessions = undefined;
      }
      if (forCheck.length) {
        try {
          planSessions({ concerns: forCheck, start: this.#today, sessions: attrs.sessions, intervalWeeks: attrs.intervalWeeks }, this.protocol);
        } catch (error) {
          if (!(error instanceof CitInputError)) throw error;
          for (const issue of error.issues) {
            const attribute = ATTRIBUTE_OF[issue.path];
            if (!attribute) continue;
            this.#rangeCheck.problems.push({ attribute, value: '', message: issue.message });
            if (issue.path === 'sessions') this.#rangeCheck.sessions = undefined;
            if (issue.path === 'intervalWeeks') this.#rangeCheck.intervalWeeks = undefined;
          }
        }
      }
    }
    problems.push(...this.#rangeCheck.problems);
    this.#fromAttributes = { ...attrs, sessions: this.#rangeCheck.sessions, intervalWeeks: this.#rangeCheck.intervalWeeks };
  }

  get #candidacyConcerns(): Concern[] {
    return (this.clinic?.candidacy?.concerns ?? []).filter((c) => (TREATABLE as readonly string[]).includes(c));
  }

  /** The engine's input: the patient's choices, then the attributes, then the clinic's hand-over and defaults. */
  get #input(): PlanInput {
    const attrs = this.#fromAttributes;
    const handedOver = this.clinic?.candidacy?.waitUntil;
    const input: PlanInput = {
      concerns: this.chosen.concerns ?? (attrs.concerns?.length ? attrs.concerns : this.#candidacyConcerns),
      start: this.chosen.start || attrs.start || (handedOver ? later(handedOver, this.#today) : this.#today),
      // The attribute's count was checked against the attribute's concerns: once the patient picks
      // other concerns, their plan's recommendation applies.
      sessions: this.chosen.sessions ?? (this.chosen.concerns ? undefined : attrs.sessions),
      intervalWeeks: this.chosen.interval ?? attrs.intervalWeeks,
      eventDate: this.chosen.eventDate ?? attrs.eventDate,
      moved: this.moved,
    };
    const { price, currency } = this.clinic ?? {};
    if (price && currency) input.price = { ...price, currency };
    if (input.eventDate === '') delete input.eventDate;
    return input;
  }

  /** The current plan, or nothing while no concern with a course is chosen. */
  get plan(): SessionPlan | undefined {
    const input = this.#input;
    return input.concerns.length ? planSessions(input, this.protocol) : undefined;
  }

  #change(chosen: Partial<typeof this.chosen>, keepMoves = false): void {
    this.chosen = { ...this.chosen, ...chosen };
    if (!keepMoves) this.moved = [];
    this.moveError = undefined;
    const plan = this.plan;
    if (plan) this.emit<SessionPlan>('cit-plan-change', plan);
  }

  #toggleConcern(concern: Concern, on: boolean): void {
    const current = this.#input.concerns;
    this.#change({ concerns: TREATABLE.filter((c) => (c === concern ? on : current.includes(c))), sessions: undefined });
  }

  /** Moves session `n`; the engine refuses a date outside its window, and says why. */
  #move(n: number, date: string): void {
    const moved = [...this.moved.filter((m) => m.n !== n && m.n < n), { n, date }];
    try {
      planSessions({ ...this.#input, moved }, this.protocol);
    } catch (error) {
      if (!(error instanceof CitInputError)) throw error;
      this.moveError = { n, message: error.issues[0]?.message ?? '' };
      return;
    }
    this.moved = moved;
    this.#change({}, true);
  }

  #date(value: CalendarDate): string {
    return this.localize.date(value, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  }

  protected override render() {
    const t = this.localize;
    const plan = this.plan;
    return html`<section part="base" aria-label=${t.term('pl.label')} lang=${t.catalogLang}>
      ${renderProblems(t, this.problems)}
      <h3>${t.term('pl.title')}</h3>
      ${this.#renderControls(plan)}
      <div aria-live="polite">${plan ? this.#renderPlan(plan) : html`<p>${t.term('pl.noPlan')}</p>`}</div>
      <p class="disclaimer">${t.term('disclaimer')}</p>
    </section>`;
  }

  #renderControls(plan: SessionPlan | undefined): TemplateResult {
    const t = this.localize;
    const input = this.#input;
    const startCommit = onCommit(input.start, (start) => this.#change({ start }));
    const eventCommit = onCommit(input.eventDate ?? '', (eventDate) => this.#change({ eventDate }));
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
        <label
          >${t.term('pl.start')}
          <input type="date" id="start" .value=${input.start} min=${this.#today} @blur=${startCommit} @keydown=${startCommit}
        /></label>
        ${plan
          ? html`<label
                >${t.term('pl.sessions')}
                <select id="sessions" @change=${(e: Event) => this.#change({ sessions: Number((e.target as HTMLSelectElement).value) })}>
                  ${range(plan.sessionsRecommended.min, plan.sessionsRecommended.max).map(
                    (n) => html`<option value=${n} ?selected=${n === plan.sessions.length}>
                      ${n === plan.sessionsRecommended.default ? t.term('pl.recommended', t.number(n)) : t.number(n)}
                    </option>`,
                  )}
                </select></label
              >
              <label
                >${t.term('pl.interval')}
                <select id="interval" @change=${(e: Event) => this.#change({ interval: Number((e.target as HTMLSelectElement).value) })}>
                  ${range(this.protocol.sessions.windowMinWeeks, this.protocol.sessions.windowMaxWeeks).map(
                    (n) => html`<option value=${n} ?selected=${n === (input.intervalWeeks ?? this.protocol.sessions.intervalWeeks)}>${t.number(n)}</option>`,
                  )}
                </select></label
              >`
          : nothing}
        <label
          >${t.term('pl.event')}
          <span class="hint" id="event-hint">${t.term('pl.eventHint')}</span>
          <input type="date" id="event" .value=${input.eventDate ?? ''} min=${this.#today} aria-describedby="event-hint" @blur=${eventCommit} @keydown=${eventCommit}
        /></label>
      </div>
    </div>`;
  }

  #renderPlan(plan: SessionPlan): TemplateResult {
    const t = this.localize;
    // `{date}` in the clinic's booking link becomes each session's date.
    const bookingUrl = this.clinic?.bookingUrl;
    return html`${this.#renderChart(plan)}
      <h4>${t.term('pl.schedule')}</h4>
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
                  : html`<label class="sr-only" for=${`move-${s.n}`}>${t.term('pl.move', s.n)}</label>
                      <input
                        type="date"
                        id=${`move-${s.n}`}
                        .value=${s.date}
                        min=${s.earliest}
                        max=${s.latest}
                        aria-invalid=${this.moveError?.n === s.n ? 'true' : 'false'}
                        aria-describedby=${`window-${s.n}`}
                        @blur=${onCommit(s.date, (value) => this.#move(s.n, value))}
                        @keydown=${onCommit(s.date, (value) => this.#move(s.n, value))}
                      />
                      ${this.moveError?.n === s.n ? html`<p class="error" role="alert">${this.moveError.message}</p>` : nothing}`}
              </td>
              <td id=${`window-${s.n}`}>${s.n === 1 ? '—' : t.term('pl.range', this.#date(s.earliest), this.#date(s.latest))}</td>
              ${bookingUrl ? html`<td><a part="button" class="button" href=${bookingUrl.replace('{date}', s.date)} target="_blank" rel="noopener">${t.term('pl.bookSession', s.n)}</a></td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
      <dl part="result" class="result">
        <dt>${t.term('pl.firstResults')}</dt>
        <dd>${t.term('pl.range', this.#date(plan.firstResults.from), this.#date(plan.firstResults.to))}</dd>
        <dt>${t.term('pl.bestResults')}</dt>
        <dd>${t.term('pl.range', this.#date(plan.bestResults.from), this.#date(plan.bestResults.to))}</dd>
        <dt>${t.term('pl.maintenance')}</dt>
        <dd>${plan.maintenance.map((d) => this.#date(d)).join(', ')}</dd>
        ${plan.cost
          ? html`<dt>${t.term('pl.cost')}</dt>
              <dd>
                ${plan.cost.min === plan.cost.max
                  ? t.currency(plan.cost.min, plan.cost.currency)
                  : t.term('pl.range', t.currency(plan.cost.min, plan.cost.currency), t.currency(plan.cost.max, plan.cost.currency))}
                <span class="hint">${t.term('pl.costNote')}</span>
              </dd>`
          : nothing}
      </dl>
      ${plan.event ? this.#renderEvent(plan) : nothing} ${this.#renderCalendar(plan)}`;
  }

  #renderEvent(plan: SessionPlan): TemplateResult {
    const t = this.localize;
    const event = plan.event as EventFit;
    const lead = t.plural('weeks', this.protocol.sessions.eventLeadWeeks);
    const best = t.plural('months', this.protocol.results.bestFromMonths);
    const date = this.#date(event.date);
    if (event.meets === 'best-results') return html`<p class="event best-results">${t.term('pl.eventBest', date, best)}</p>`;
    if (event.meets === 'first-changes') {
      const later = event.latestStart.bestResults >= this.#today ? t.term('pl.eventBestBy', best, this.#date(event.latestStart.bestResults)) : '';
      return html`<p class="event first-changes">${t.term('pl.eventFirst', date, lead)} ${later}</p>`;
    }
    const fit = event.sessionsThatFit;
    // A shorter course within the plan that would leave the lead time, or else how many sessions could.
    const option = event.shorterCourse
      ? t.term('pl.shorter', t.plural('sessions', event.shorterCourse), lead)
      : fit > 0
        ? t.term('pl.fewer', t.plural('sessions', fit), lead)
        : t.term('pl.tooClose', lead);
    const headline =
      event.latestStart.firstChanges >= this.#today
        ? t.term('pl.eventNeither', date, lead, this.#date(event.latestStart.firstChanges))
        : t.term('pl.eventTooLate', date, lead);
    return html`<p class="event neither">${headline} ${option}</p>`;
  }

  /** The course at a glance: sessions as dots from the first session to the best results, with the result bands and the event. */
  #renderChart(plan: SessionPlan): TemplateResult {
    const t = this.localize;
    const from = plan.sessions[0]?.date as CalendarDate;
    const to = later(plan.bestResults.to, plan.event?.date ?? plan.bestResults.to);
    const span = Math.max(1, daysBetween(from, to));
    const x = (date: CalendarDate) => 10 + (980 * daysBetween(from, date)) / span;
    const summary = t.term('pl.chart', t.plural('sessions', plan.sessions.length), this.#date(from), this.#date(plan.bestResults.to));
    return html`<svg part="chart" class="chart" viewBox="0 0 1000 40" role="img" aria-label=${summary} preserveAspectRatio="none">
      ${svg`<line x1="10" y1="20" x2="990" y2="20" class="axis" />
        <rect class="results" x=${x(plan.firstResults.from)} y="12" width=${x(plan.firstResults.to) - x(plan.firstResults.from)} height="16" />
        <rect class="results best" x=${x(plan.bestResults.from)} y="12" width=${x(plan.bestResults.to) - x(plan.bestResults.from)} height="16" />
        ${plan.event ? svg`<line class="event-mark" x1=${x(plan.event.date)} x2=${x(plan.event.date)} y1="2" y2="38" />` : nothing}
        ${plan.sessions.map((s) => svg`<circle class="session" cx=${x(s.date)} cy="20" r="7" />`)}`}
    </svg>`;
  }

  #renderCalendar(plan: SessionPlan): TemplateResult {
    const t = this.localize;
    const events: CalendarEvent[] = plan.sessions.map((s) => ({
      title: t.term('pl.sessionTitle', s.n),
      start: s.date,
      description: this.clinic?.name,
      alarmMinutesBefore: DAY_BEFORE_AT_NINE,
    }));
    if (this.withMaintenance) {
      for (const date of plan.maintenance) events.push({ title: t.term('pl.maintenanceTitle'), start: date, description: this.clinic?.name, alarmMinutesBefore: DAY_BEFORE_AT_NINE });
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

/**
 * A handler, for both `blur` and `keydown`, that commits a date field when the patient leaves it or
 * presses Enter, if its value changed. A filled date field fires `change` at every segment typed
 * (the month of "03/10/2026" alone makes March 28), so acting on `change` would move sessions to
 * dates the patient never meant, and re-rendering would break their typing.
 */
function onCommit(current: string, apply: (value: string) => void) {
  return (event: Event) => {
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return;
    const { value } = event.target as HTMLInputElement;
    if (value !== current) apply(value);
  };
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
