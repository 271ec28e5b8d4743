import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, localDateTimeOf, minutesBetween, type LocalDateTime } from '../core/dates.js';
import { ACTIVITIES, type Activity } from '../core/domain.js';
import type { CalendarEvent } from '../core/ics.js';
import { ASSUMED_TREATMENT_TIME, canI, recoveryTimeline, treatmentTime, type Milestone, type MilestoneId, type RecoveryTimeline } from '../core/recovery.js';
import { dateOrTime, localDateTime } from '../core/validate.js';
import { Localize } from '../i18n/localize.js';
import { readAttribute, type AttributeProblem } from './attributes.js';
import { downloadCalendar, renderCalendarLinks } from './calendar.js';
import { timelineEn, timelineEs, type TimelineMessages } from './cit-recovery-timeline.messages.js';
import { styles } from './cit-recovery-timeline.styles.js';
import { renderProblems } from './problems.js';
import { CitWidget } from './widget.js';

/** Upcoming milestones starting within this many days are "next"; the rest are "later". */
const NEXT_DAYS = 7;
const MINUTE = 60_000;

/** The milestones worth a calendar reminder, and the moment each one marks. */
const REMINDERS: readonly { id: MilestoneId; edge: 'from' | 'to'; key: 'makeup' | 'workout' | 'actives' | 'next-session' }[] = [
  { id: 'no-makeup', edge: 'to', key: 'makeup' },
  { id: 'no-workout', edge: 'to', key: 'workout' },
  { id: 'no-actives', edge: 'to', key: 'actives' },
  { id: 'next-session', edge: 'from', key: 'next-session' },
];

type Group = 'now' | 'next' | 'later' | 'past';

/** Where a milestone stands at `now`. Red flags hold at any time and are shown apart. */
function groupOf(m: Milestone, now: LocalDateTime): Group {
  if (m.from > now) return m.from <= addDays(now, NEXT_DAYS) ? 'next' : 'later';
  return m.to !== undefined && now < m.to ? 'now' : 'past';
}

/**
 * @summary What the skin does and what to do after a microneedling treatment, from its date and
 * time: every milestone with real dates, where the patient is now, "can I … yet?" answers, the
 * warning signs and calendar reminders.
 *
 * @tag cit-recovery-timeline
 *
 * @fires {CustomEvent<RecoveryTimeline>} cit-timeline-ready - A timeline was computed for a (new) treatment time; `detail` holds its milestones.
 *
 * @csspart base - The widget's box.
 * @csspart form - The date and time field, when no treatment time is given.
 * @csspart can-i - The "can I … yet?" panel.
 * @csspart timeline - Each group's ordered list of milestones.
 * @csspart current - The milestone the patient is at.
 * @csspart red-flags - The warning signs.
 * @csspart button - Every button and button-like link.
 * @csspart error - The box listing invalid attributes.
 *
 * @cssprop --cit-timeline-accent - The marker, buttons and links. Default `--cit-color-accent`.
 * @cssprop --cit-timeline-line - The timeline's line. Default `--cit-color-border`.
 * @cssprop --cit-timeline-red-flag - The warning box's edge. Default `--cit-color-danger`.
 */
export class CitRecoveryTimeline extends CitWidget {
  static override styles = styles;

  protected readonly localize = new Localize<TimelineMessages>(this, { en: timelineEn, es: timelineEs });

  /** When the treatment ended: `YYYY-MM-DDTHH:mm`, or a date alone (then the end of clinic hours, 18:00). */
  @property({ attribute: 'treated-at' }) treatedAt?: string;

  /** Also read `?treated-at=…` from the page's address (for links the clinic sends), when no attribute is set. */
  @property({ attribute: 'from-url', type: Boolean }) fromUrl = false;

  /** The current time (`YYYY-MM-DDTHH:mm`) for demos and tests. Default: the device's clock, updated every minute. */
  @property() now?: string;

  /** The time the patient typed in, when no treatment time was given. */
  @state() private entered?: LocalDateTime;
  @state() private clock: LocalDateTime = localDateTimeOf(new Date());

  #resolved?: { at: LocalDateTime; assumed: boolean };
  #validNow?: LocalDateTime;
  #timer?: ReturnType<typeof setInterval>;
  #announced?: string;

  /** The treatment time in use, and whether its time of day was assumed. */
  get #treatment() {
    return this.#resolved ?? (this.entered ? { at: this.entered, assumed: false } : undefined);
  }

  get #now(): LocalDateTime {
    return this.#validNow ?? this.clock;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#onVisibility();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** The marker moves on by itself once a minute, and does no work while the page is hidden. */
  readonly #onVisibility = (): void => {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (document.visibilityState === 'hidden') return;
    this.clock = localDateTimeOf(new Date());
    this.#timer = setInterval(() => (this.clock = localDateTimeOf(new Date())), MINUTE);
  };

  protected override validate(problems: AttributeProblem[]): void {
    super.validate(problems);
    this.#validNow = readAttribute(problems, 'now', this.now, localDateTime);
    let given = readAttribute(problems, 'treated-at', this.treatedAt, dateOrTime);
    if (this.treatedAt === undefined && this.fromUrl) {
      const fromUrl = new URLSearchParams(location.search).get('treated-at');
      given = readAttribute(problems, 'treated-at in the page address', fromUrl ?? undefined, dateOrTime);
    }
    this.#resolved = given === undefined ? undefined : treatmentTime(given);
  }

  protected override updated(): void {
    const treatment = this.#treatment;
    if (treatment && treatment.at !== this.#announced) {
      this.#announced = treatment.at;
      this.emit<RecoveryTimeline>('cit-timeline-ready', recoveryTimeline({ treatedAt: treatment.at, now: this.#now }, this.protocol));
    }
  }

  #submit(event: Event): void {
    event.preventDefault();
    const value = (this.renderRoot.querySelector('#treated-at') as HTMLInputElement).value;
    if (value) this.entered = value.slice(0, 16);
  }

  /** "2 days 5 hours", "3 hours", "20 minutes": the wait until `to`. */
  #countdown(to: LocalDateTime): string {
    const t = this.localize;
    const minutes = Math.max(1, minutesBetween(this.#now, to));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    if (days) return hours ? `${t.plural('days', days)} ${t.plural('hours', hours)}` : t.plural('days', days);
    return hours ? t.plural('hours', hours) : t.plural('tl.minutes', minutes);
  }

  /** A milestone's moment: weekday, date and time, with the year when it is not this year. */
  #when(value: LocalDateTime): string {
    const year = value.slice(0, 4) !== this.#now.slice(0, 4) ? ({ year: 'numeric' } as const) : {};
    return this.localize.dateTime(value, { weekday: 'short', month: 'short', day: 'numeric', ...year, hour: 'numeric', minute: '2-digit' });
  }

  protected override render() {
    const t = this.localize;
    const treatment = this.#treatment;
    return html`<section part="base" aria-label=${t.term('tl.label')} lang=${t.catalogLang}>
      ${renderProblems(t, this.problems)}
      <h3>${t.term('tl.title')}</h3>
      ${treatment ? this.#renderTimeline(treatment.at, treatment.assumed) : html`${this.#renderForm()} ${this.#renderRedFlags()}`}
      <p class="disclaimer">${t.term('disclaimer')}</p>
    </section>`;
  }

  #renderForm(): TemplateResult {
    const t = this.localize;
    return html`<form part="form" class="field" @submit=${this.#submit}>
      <label for="treated-at">${t.term('tl.enter')}</label>
      <span class="hint" id="treated-at-hint">${t.term('tl.enterHint')}</span>
      <input type="datetime-local" id="treated-at" required max=${this.#now} aria-describedby="treated-at-hint" />
      <div class="actions"><button part="button" class="primary" type="submit">${t.term('tl.show')}</button></div>
    </form>`;
  }

  #renderTimeline(treatedAt: LocalDateTime, assumed: boolean): TemplateResult {
    const t = this.localize;
    const now = this.#now;
    const { milestones, current } = recoveryTimeline({ treatedAt, now }, this.protocol);
    const shown = milestones.filter((m) => m.kind !== 'red-flag');
    // The milestone the patient is at: of those in force, the one that began most recently, and
    // of those, the one ending soonest (the year of remodelling is the backdrop, not the news).
    const here = shown
      .filter((m) => current.includes(m.id))
      .sort((a, b) => (a.from !== b.from ? (a.from < b.from ? 1 : -1) : a.to === b.to ? 0 : (a.to as string) < (b.to as string) ? -1 : 1))[0]?.id;
    const groups: Record<Group, Milestone[]> = { now: [], next: [], later: [], past: [] };
    for (const m of shown) groups[groupOf(m, now)].push(m);
    return html`<p>
        ${t.term('tl.treatedAt', this.#when(treatedAt))}
        ${assumed ? html`<span class="hint">${t.term('tl.assumedTime', t.dateTime(`2000-01-01T${ASSUMED_TREATMENT_TIME}`, { hour: 'numeric', minute: '2-digit' }))}</span>` : nothing}
      </p>
      ${this.#renderCanI(treatedAt)} ${this.#renderRedFlags()}
      ${(['now', 'next', 'later'] as const).map((group) => this.#renderGroup(group, groups[group], here))}
      ${groups.past.length
        ? html`<details class="past">
            <summary>${t.term('tl.past')} (${t.number(groups.past.length)})</summary>
            ${this.#renderList(groups.past, here)}
          </details>`
        : nothing}
      ${this.#renderPhases()} ${this.#renderReminders(milestones)}`;
  }

  #renderCanI(treatedAt: LocalDateTime): TemplateResult {
    const t = this.localize;
    return html`<details part="can-i" class="can-i">
      <summary>${t.term('tl.canI')}</summary>
      <ul>
        ${ACTIVITIES.map((activity: Activity) => {
          const { allowed, from } = canI(activity, { treatedAt, at: this.#now }, this.protocol);
          return html`<li class=${allowed ? 'yes' : 'not-yet'}>
            <span class="question">${t.term(`activity.${activity}`)}</span>
            <strong>${allowed ? t.term('tl.yes') : t.term('tl.notYet')}</strong>
            <span class="hint">${allowed ? t.term('tl.since', this.#when(from)) : `${t.term('tl.from', this.#when(from))} (${t.term('tl.in', this.#countdown(from))})`}</span>
          </li>`;
        })}
      </ul>
    </details>`;
  }

  #renderGroup(group: Exclude<Group, 'past'>, milestones: Milestone[], here: MilestoneId | undefined) {
    if (!milestones.length) return nothing;
    return html`<h4>${this.localize.term(`tl.${group}`)}</h4>
      ${this.#renderList(milestones, here)}`;
  }

  #renderList(milestones: Milestone[], here: MilestoneId | undefined): TemplateResult {
    const t = this.localize;
    return html`<ol part="timeline" class="timeline">
      ${milestones.map((m) => {
        const current = m.id === here;
        return html`<li class="milestone ${m.kind}" part=${current ? 'current' : nothing} aria-current=${current ? 'time' : nothing}>
          ${current ? html`<span class="here">${t.term('tl.here')}</span>` : nothing}
          <span class="what">${t.term(`ms.${m.id}`)}</span>
          <span class="when">${this.#when(m.from)}${m.to ? html` – ${this.#when(m.to)}` : nothing}</span>
        </li>`;
      })}
    </ol>`;
  }

  #renderPhases(): TemplateResult {
    const t = this.localize;
    return html`<h4>${t.term('tl.phases')}</h4>
      <ul class="phases">
        <li>${t.term('phase.inflammation')}</li>
        <li>${t.term('phase.proliferation')}</li>
        <li>${t.term('phase.remodeling')}</li>
      </ul>`;
  }

  #renderRedFlags(): TemplateResult {
    const t = this.localize;
    const phone = this.clinic?.phone;
    return html`<div part="red-flags" class="red-flags" role="note">
      <p><strong>${t.term('tl.redFlags')}</strong> ${t.term('tl.redFlagsList')}</p>
      ${phone ? html`<a part="button" class="button" href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${t.term('tl.call', phone)}</a>` : nothing}
    </div>`;
  }

  #renderReminders(milestones: Milestone[]): TemplateResult {
    const t = this.localize;
    const events: CalendarEvent[] = REMINDERS.map(({ id, edge, key }) => {
      const at = (milestones.find((m) => m.id === id) as Milestone)[edge] as LocalDateTime;
      return { title: t.term(`rem.${key}`), start: at, description: this.clinic?.name, alarmMinutesBefore: 0 };
    });
    return html`<h4>${t.term('tl.reminders')}</h4>
      <button part="button" type="button" @click=${() => downloadCalendar({ name: this.clinic?.name, events }, 'cit-recovery.ics')}>${t.term('calendar.add')}</button>
      <ul class="reminders">
        ${events.map((event) => html`<li>${event.title}, ${this.#when(event.start)}. ${renderCalendarLinks(t, event)}</li>`)}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cit-recovery-timeline': CitRecoveryTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'cit-timeline-ready': CustomEvent<RecoveryTimeline>;
  }
}
