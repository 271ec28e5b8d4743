import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, isLocalDateTime, localDateTimeOf, MAX_YEAR, MIN_YEAR, minutesBetween, normalizeDateTime, type LocalDateTime } from '../../core/dates.js';
import { ACTIVITIES, type Activity } from '../../core/domain.js';
import { CitInputError } from '../../core/errors.js';
import type { CalendarEvent } from '../../core/calendar-event.js';
import {
  ASSUMED_TREATMENT_TIME,
  canIAllOf,
  MILESTONES,
  preparationBefore,
  timelineOf,
  treatmentTime,
  type Milestone,
  type MilestoneId,
  type Preparation,
  type RecoveryTimeline,
} from '../../core/recovery.js';
import { dateOrTime, lazy, localDateTime, quote, z } from '../../core/validate.js';
import { Localize } from '../../i18n/localize.js';
import type { Messages } from '../../i18n/types.js';
import { readAttribute, type AttributeProblem } from '../attributes.js';
import { downloadCalendar, renderCalendarLinks } from '../calendar.js';
import { timelineEn } from './messages/en.js';
import { styles } from './cit-recovery-timeline.styles.js';
import { renderProblems, reportProblems } from '../problems.js';
import { renderCall } from '../clinic-actions.js';
import { sessionEntry } from '../session-storage.js';
import { CitWidget } from '../widget.js';

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

/** The patient's answers to "Was this the last session of your course?". */
const LAST_SESSION_ANSWERS = ['yes', 'no', 'unsure'] as const;
type LastSessionAnswer = (typeof LAST_SESSION_ANSWERS)[number];

/** The warning signs (domain.md "Red flags") and the urgent-care safety net, in the order shown. */
const RED_FLAGS = ['swelling', 'pain', 'infection', 'allergy'] as const;
const URGENT = ['unreachable', 'breathing', 'swelling', 'fever'] as const;

/** `last-session` alone (or `="true"`) for yes, `="false"` for no; any other value is reported. */
const LAST_SESSION_VALUES = ['', 'true', 'false', 'last-session'];
const lastSessionConverter = {
  fromAttribute(value: string | null): boolean | undefined {
    const v = value?.trim().toLowerCase();
    return v === undefined || !LAST_SESSION_VALUES.includes(v) ? undefined : v !== 'false';
  },
};
const lastSessionAttribute = /* @__PURE__ */ lazy(() =>
  z.string().check(
    z.refine((v) => LAST_SESSION_VALUES.includes(v.toLowerCase()), {
      error: (issue) => `${quote(issue.input)} is not true or false (the attribute alone means true)`,
    }),
  ),
);

/** What the widget shows for one treatment time, computed once per update. */
interface View {
  at: LocalDateTime;
  /** Whether the time of day was assumed (a date alone was given). */
  assumed: boolean;
  timeline: RecoveryTimeline;
  /** When the treatment is still ahead of now: what to do before it. */
  preparation?: Preparation;
  /** The "can I … yet?" answers, for the activities that apply: computed when first asked (the panel opens, or the page prints). */
  answers: () => { activity: Activity; allowed: boolean; from: LocalDateTime }[];
}

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

  protected readonly localize = new Localize(this, timelineEn, 'cit-recovery-timeline', import.meta.glob<{ default: Messages }>(['./messages/*.ts', '!./messages/en.ts']));

  /** When the treatment ended: `YYYY-MM-DDTHH:mm`, or a date alone (then the end of clinic hours, 18:00). */
  @property({ attribute: 'treated-at' }) treatedAt?: string;

  /** Also read `?treated-at=…` from the page's address (for links the clinic sends), when no attribute is set. */
  @property({ attribute: 'from-url', type: Boolean }) fromUrl = false;

  /** The current time (`YYYY-MM-DDTHH:mm`) for demos and tests. Default: the device's clock, updated every minute. */
  @property() now?: string;

  /**
   * Whether this treatment was the last session of the course, when the clinic knows: the
   * attribute alone (or `last-session="true"`) for yes, `last-session="false"` for no. Best results
   * are dated only after the last session. Without it, the widget asks the patient.
   */
  @property({ attribute: 'last-session', converter: lastSessionConverter }) lastSession?: boolean;

  /** The time the patient typed in, when no treatment time was given. */
  @state() private entered?: LocalDateTime;
  @state() private clock: LocalDateTime = localDateTimeOf(new Date());
  /** The patient's answer to the last-session question, for the treatment time it was given for. Kept in memory only. */
  @state() private answer?: { at: LocalDateTime; value: LastSessionAnswer };
  /** The typed time would lead outside the supported years. */
  @state() private entryOutOfRange = false;
  /** The clinic's link carried a treatment time that could not be read: the patient is asked for it. */
  #linkUnreadable = false;
  #linkReported = '';
  /** Focus moves to the result once the patient's entry is shown, and back to the field to change it. */
  #focus?: 'result' | 'field';
  /** The time being changed, put back in the field. */
  #pendingEntry?: LocalDateTime;

  #resolved?: { at: LocalDateTime; assumed: boolean };
  /** Where the resolved time came from, to name it in a problem. */
  #source?: { attribute: string; value: string };
  #validNow?: LocalDateTime;
  #view?: View;
  #timer?: ReturnType<typeof setInterval>;
  #announced?: string;

  /** The treatment time in use, and whether its time of day was assumed. */
  get #treatment() {
    return this.#resolved ?? (this.entered ? { at: this.entered, assumed: false } : undefined);
  }

  get #now(): LocalDateTime {
    return this.#validNow ?? this.clock;
  }

  /** The patient's answer to the last-session question, if it was given for the treatment in use. */
  get #answer(): LastSessionAnswer | undefined {
    const answer = this.answer;
    return answer && answer.at === this.#treatment?.at ? answer.value : undefined;
  }

  /** Whether this was the last session: the clinic's attribute, else the patient's answer; unknown when neither says. */
  get #lastSession(): boolean | undefined {
    if (this.lastSession !== undefined) return this.lastSession;
    const answer = this.#answer;
    return answer === 'yes' ? true : answer === 'no' ? false : undefined;
  }

  /** Printing (or its preview): every panel's content is printed, so it is worked out now. */
  #printing = false;
  readonly #onPrint = (event: Event): void => {
    this.#printing = event.type === 'beforeprint';
    this.requestUpdate();
    // The print layout is made right after `beforeprint`: the answers must be in it already.
    if (this.#printing) this.performUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#onVisibility();
    this.#restore();
  }

  get #storageKey(): string {
    return `cit-recovery-timeline${this.id ? `#${this.id}` : ''}`;
  }

  /** A time the patient entered comes back after a reload, as the check keeps its answers (this tab only). */
  #restore(): void {
    const stored = sessionEntry.get(this.#storageKey);
    if (stored === null) return;
    if (isLocalDateTime(stored)) this.entered = stored;
    else sessionEntry.remove(this.#storageKey);
  }

  #persist(value: LocalDateTime | undefined): void {
    if (value) sessionEntry.set(this.#storageKey, value);
    else sessionEntry.remove(this.#storageKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
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
    this.#validNow = readAttribute(problems, 'now', this.now, localDateTime, 'date-time');
    // The converter leaves a value it does not know unset: say which one it was.
    if (this.lastSession === undefined) readAttribute(problems, 'last-session', this.getAttribute('last-session'), lastSessionAttribute);
    this.#source = { attribute: 'treated-at', value: this.treatedAt ?? '' };
    const attribute = typeof this.treatedAt === 'string' ? normalizeDateTime(this.treatedAt) : this.treatedAt;
    let given = readAttribute(problems, 'treated-at', attribute, dateOrTime, 'date-time');
    this.#linkUnreadable = false;
    if (this.treatedAt === undefined && this.fromUrl) {
      const fromUrl = new URLSearchParams(location.search).get('treated-at');
      this.#source = { attribute: 'treated-at in the page address', value: fromUrl ?? '' };
      // A link is for the patient, not the site builder: an unreadable one asks the patient for the
      // time (and tells the console), rather than showing a setup problem.
      const linkProblems: AttributeProblem[] = [];
      given = readAttribute(linkProblems, this.#source.attribute, fromUrl === null ? undefined : normalizeDateTime(fromUrl), dateOrTime);
      this.#linkUnreadable = linkProblems.length > 0;
      this.#linkReported = reportProblems(this.localName, linkProblems, this.#linkReported);
    }
    this.#resolved = given === undefined ? undefined : treatmentTime(given);
    this.#view = this.#computeView(problems);
  }

  /**
   * Everything shown for the treatment time in use. A time whose recovery would leave the
   * supported years is refused like any bad attribute (or, typed in, next to its field), and the
   * widget asks for the time instead of failing.
   */
  #computeView(problems: AttributeProblem[]): View | undefined {
    for (;;) {
      const treatment = this.#treatment;
      if (!treatment) return undefined;
      try {
        return this.#buildView(treatment.at, treatment.assumed);
      } catch (error) {
        if (!(error instanceof CitInputError)) throw error;
        if (this.#resolved && this.#source) {
          const { attribute, value } = this.#source;
          const message = error.issues[0]?.message ?? 'is not valid';
          problems.push({ attribute, value, message: message.replace(quote(this.#resolved.at), quote(value.trim())) });
          this.#resolved = undefined;
        } else {
          this.entered = undefined;
          this.entryOutOfRange = true;
        }
      }
    }
  }

  #buildView(at: LocalDateTime, assumed: boolean): View {
    const now = this.#now;
    const protocol = this.protocol;
    const lastSession = this.#lastSession;
    // Times the widget checked (its attributes, the link, the patient's entry, the device's clock): the engine's rules without a second check.
    const timeline = timelineOf({ treatedAt: at, now, lastSession }, protocol);
    if (at > now) {
      // A date alone may be any time that day: the engine reads it so that preparation starts early enough.
      const preparation = preparationBefore(assumed ? at.slice(0, 10) : at, protocol);
      return { at, assumed, timeline, preparation, answers: () => [] };
    }
    // After the last session there is no next one to ask about (the engine leaves its window out).
    const hasNext = timeline.milestones.some((m) => m.id === 'next-session');
    let answers: ReturnType<View['answers']> | undefined;
    return {
      at,
      assumed,
      timeline,
      answers: () => {
        if (!answers) {
          const all = canIAllOf({ treatedAt: at, at: now }, protocol);
          answers = ACTIVITIES.filter((activity) => activity !== 'next-session' || hasNext).map((activity) => ({ activity, ...all[activity] }));
        }
        return answers;
      },
    };
  }

  protected override updated(): void {
    if (this.#focus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focus === 'field' ? '#treated-at' : '[data-result]');
      this.#focus = undefined;
      target?.focus();
    }
    const view = this.#view;
    const key = view && `${view.at}|${view.timeline.lastSession}`;
    if (view && key !== this.#announced) {
      this.#announced = key;
      this.emit<RecoveryTimeline>('cit-timeline-ready', view.timeline);
    }
  }

  /** "Show my recovery": bound to the button's click, which a sandboxed frame without `allow-forms` still delivers. */
  #submit(event: Event): void {
    event.preventDefault();
    const value = (this.renderRoot.querySelector('#treated-at') as HTMLInputElement).value;
    if (!value) return;
    this.entryOutOfRange = false;
    this.entered = value.slice(0, 16);
    this.#pendingEntry = undefined;
    this.#persist(this.entered);
    this.#focus = 'result';
  }

  /** Back to the field, with the entered time in it, to correct it. */
  #changeEntry(): void {
    this.#pendingEntry = this.entered;
    this.entered = undefined;
    this.#persist(undefined);
    this.#focus = 'field';
  }

  #answerLastSession(value: LastSessionAnswer): void {
    const at = this.#treatment?.at;
    if (at) this.answer = { at, value };
  }

  /** "2 days 5 hours", "3 hours", "20 minutes": the wait until `to`. */
  #countdown(to: LocalDateTime): string {
    const t = this.localize;
    const minutes = Math.max(1, minutesBetween(this.#now, to));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    if (days) return hours ? t.units([t.plural('days', days), t.plural('hours', hours)]) : t.plural('days', days);
    return hours ? t.plural('hours', hours) : t.plural('tl.minutes', minutes);
  }

  /** A moment: weekday, date and (unless `time` is false) time, with the year when it is not this year. */
  #when(value: LocalDateTime, time = true): string {
    const year = value.slice(0, 4) !== this.#now.slice(0, 4) ? ({ year: 'numeric' } as const) : {};
    const clock = time ? ({ hour: 'numeric', minute: '2-digit' } as const) : {};
    return this.localize.dateTime(value, { weekday: 'short', month: 'short', day: 'numeric', ...year, ...clock });
  }

  protected override render() {
    const t = this.localize;
    const view = this.#view;
    return html`<section part="base" aria-label=${t.term('tl.label')} lang=${t.catalogLang} dir=${t.dir} data-theme=${this.themeInUse}>
      ${renderProblems(t, this.problems, this.themeInUse)}
      ${this.titleHeading(t.term('tl.title'))}
      ${view ? (view.preparation ? this.#renderUpcoming(view, view.preparation) : this.#renderTimeline(view)) : html`${this.#renderForm()} ${this.#renderRedFlags()}`}
      <p class="disclaimer">${t.term('disclaimer')}</p>
    </section>`;
  }

  #renderForm(): TemplateResult {
    const t = this.localize;
    const invalid = this.entryOutOfRange;
    return html`<form part="form" class="field" @submit=${this.#submit}>
      <label for="treated-at">${t.term('tl.enter')}</label>
      <span class="hint" id="treated-at-hint">${t.term('tl.enterHint')}</span>
      ${invalid ? html`<p class="error" id="treated-at-error">${t.term('tl.enterOutOfRange', { first: String(MIN_YEAR), last: String(MAX_YEAR) })}</p>` : nothing}
      ${this.#linkUnreadable ? html`<p class="error" role="status">${t.term('tl.linkUnreadable')}</p>` : nothing}
      <input
        type="datetime-local"
        id="treated-at"
        required
        min=${`${MIN_YEAR}-01-01T00:00`}
        max=${this.#now}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? 'treated-at-hint treated-at-error' : 'treated-at-hint'}
        .value=${this.#pendingEntry ?? ''}
      />
      <div class="actions"><button part="button" class="primary" type="submit" @click=${this.#submit}>${t.term('tl.show')}</button></div>
    </form>`;
  }

  /** A time the patient entered (not the clinic's) can be changed. */
  #renderChange() {
    if (this.#resolved || !this.entered) return nothing;
    return html`<button part="button" type="button" class="change" @click=${this.#changeEntry}>${this.localize.term('tl.change')}</button>`;
  }

  /** A treatment still ahead: what to do in the hours before it, not a past-tense timeline. */
  #renderUpcoming({ at, assumed }: View, preparation: Preparation): TemplateResult {
    const t = this.localize;
    return html`<p tabindex="-1" data-result>${t.term('tl.upcoming', { when: this.#when(at, !assumed) })} ${t.term('tl.upcomingThen')} ${this.#renderChange()}</p>
      <div class="preparation">
        ${this.sectionHeading(t.term('tl.prepTitle'))}
        <p>${t.term('tl.prepFrom', { when: this.#when(preparation.from, !assumed) })}</p>
        <ul>
          ${preparation.items.map((item) => html`<li>${t.term(`prep.${item}`)}</li>`)}
        </ul>
      </div>
      ${this.#renderRedFlags()}`;
  }

  #renderTimeline({ at: treatedAt, assumed, timeline, answers }: View): TemplateResult {
    const t = this.localize;
    const now = this.#now;
    const { milestones, current } = timeline;
    const shown = milestones.filter((m) => m.kind !== 'red-flag');
    // The milestone the patient is at: of those in force, the one that began most recently, and
    // of those, the one ending soonest (the year of remodeling is the backdrop, not the news);
    // ties go to the earlier row of domain.md's table, so every browser agrees.
    const here = shown
      .filter((m) => current.includes(m.id))
      .sort((a, b) => (a.from !== b.from ? (a.from < b.from ? 1 : -1) : a.to !== b.to ? ((a.to as string) < (b.to as string) ? -1 : 1) : MILESTONES.indexOf(a.id) - MILESTONES.indexOf(b.id)))[0]?.id;
    const groups: Record<Group, Milestone[]> = { now: [], next: [], later: [], past: [] };
    for (const m of shown) groups[groupOf(m, now)].push(m);
    return html`<p tabindex="-1" data-result>
        ${t.term('tl.treatedAt', { when: this.#when(treatedAt) })}
        ${assumed ? html`<span class="hint">${t.term('tl.assumedTime', { time: t.dateTime(`2000-01-01T${ASSUMED_TREATMENT_TIME}`, { hour: 'numeric', minute: '2-digit' }) })}</span>` : nothing}
        ${this.#renderChange()}
      </p>
      ${this.#renderCanI(answers)} ${this.#renderRedFlags()}
      ${(['now', 'next', 'later'] as const).map((group) => this.#renderGroup(group, groups[group], here))} ${this.#renderBest(milestones)}
      ${groups.past.length
        ? html`<details class="past">
            <summary>${t.term('tl.past')} (${t.number(groups.past.length)})</summary>
            ${this.#renderList(groups.past, here)}
          </details>`
        : nothing}
      ${this.#renderPhases()} ${this.#renderReminders(milestones)}`;
  }

  /**
   * Best results count from the last session of a course: dated when it is known to be the last,
   * otherwise said without a date. Unless the clinic said, the patient is asked.
   */
  #renderBest(milestones: Milestone[]): TemplateResult {
    const t = this.localize;
    const best = milestones.find((m) => m.id === 'best-results');
    const { bestFromMonths, bestToMonths } = this.protocol.results;
    const answer = this.#answer;
    const sentence = best
      ? t.term('tl.bestDated', { from: this.#when(best.from, false), to: this.#when(best.to as LocalDateTime, false) })
      : t.term('tl.bestUndated', { from: t.number(bestFromMonths), to: t.plural('months', bestToMonths) });
    return html`<div class="best">
      ${this.lastSession === undefined
        ? html`<fieldset>
            <legend>${t.term('tl.lastSession')} <span class="hint">${t.term('tl.lastSessionHint')}</span></legend>
            <div class="options">
              ${LAST_SESSION_ANSWERS.map(
                (value) =>
                  html`<label class="option"
                    ><input type="radio" name="last-session" value=${value} .checked=${answer === value} @change=${() => this.#answerLastSession(value)} /><span
                      >${t.term(`tl.lastSession.${value}`)}</span
                    ></label
                  >`,
              )}
            </div>
          </fieldset>`
        : nothing}
      <p role="status">${sentence}${answer === 'unsure' && this.lastSession === undefined ? ` ${t.term('tl.bestUnsure')}` : ''}</p>
    </div>`;
  }

  #renderCanI(answers: View['answers']): TemplateResult {
    const t = this.localize;
    // Closed on screen, the answers are not worked out: only once the patient opens the panel, or prints.
    const shown = this.#printing || !!this.renderRoot.querySelector<HTMLDetailsElement>('.can-i')?.open;
    return html`<details part="can-i" class="can-i" @toggle=${() => this.requestUpdate()}>
      <summary>${t.term('tl.canI')}</summary>
      <ul>
        ${(shown ? answers() : []).map(({ activity, allowed, from }) => {
          return html`<li class=${allowed ? 'yes' : 'not-yet'}>
            <span class="question">${t.term(`activity.${activity}`)}</span>
            <strong>${allowed ? t.term('tl.yes') : t.term('tl.notYet')}</strong>
            <span class="hint">${allowed ? t.term('tl.since', { when: this.#when(from) }) : `${t.term('tl.from', { when: this.#when(from) })} (${t.term('tl.in', { wait: this.#countdown(from) })})`}</span>
          </li>`;
        })}
      </ul>
    </details>`;
  }

  #renderGroup(group: Exclude<Group, 'past'>, milestones: Milestone[], here: MilestoneId | undefined) {
    if (!milestones.length) return nothing;
    return html`${this.sectionHeading(this.localize.term(`tl.${group}`))}
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
    return html`${this.sectionHeading(t.term('tl.phases'))}
      <ul class="phases">
        <li>${t.term('phase.inflammation')}</li>
        <li>${t.term('phase.proliferation')}</li>
        <li>${t.term('phase.remodeling')}</li>
      </ul>`;
  }

  /**
   * The warning signs, with the clinic to contact (its phone when it gave one), and the urgent-care
   * safety net, shown whether or not there is a phone: nothing here may delay care.
   */
  #renderRedFlags(): TemplateResult {
    const t = this.localize;
    const phone = this.clinic?.phone;
    const clinic = this.clinic?.name ?? t.term('tl.yourClinic');
    return html`<div part="red-flags" class="red-flags">
      ${this.sectionHeading(t.term('tl.redFlags'))}
      <p>${t.term('tl.redFlagsContact', { clinic })}</p>
      <ul>
        ${RED_FLAGS.map((flag) => html`<li>${t.term(`tl.redFlag.${flag}`)}</li>`)}
      </ul>
      ${phone ? html`<p>${renderCall(t, phone)}</p>` : nothing}
      <p class="urgent"><strong>${t.term('tl.urgent')}</strong></p>
      <ul class="urgent">
        ${URGENT.map((item) => html`<li>${item === 'unreachable' ? t.term('tl.urgent.unreachable', { clinic }) : t.term(`tl.urgent.${item}`)}</li>`)}
      </ul>
    </div>`;
  }

  #renderReminders(milestones: Milestone[]): TemplateResult {
    const t = this.localize;
    // After the last session there is no next-session window to remind of.
    const events: CalendarEvent[] = REMINDERS.flatMap(({ id, edge, key }) => {
      const milestone = milestones.find((m) => m.id === id);
      if (!milestone) return [];
      return [{ title: t.term(`rem.${key}`), start: milestone[edge] as LocalDateTime, description: this.clinic?.name, alarmMinutesBefore: 0 }];
    });
    // One section, so printing (which has no use for calendar buttons) leaves out its heading too.
    return html`<section class="reminders">
      ${this.sectionHeading(t.term('tl.reminders'))}
      <button part="button" type="button" @click=${() => downloadCalendar({ name: this.clinic?.name, events }, 'cit-recovery.ics')}>${t.term('calendar.add')}</button>
      <ul>
        ${events.map((event) => html`<li>${event.title}, ${this.#when(event.start)}. ${renderCalendarLinks(t, event)}</li>`)}
      </ul>
    </section>`;
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
