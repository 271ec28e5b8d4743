import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { SharedCandidacy } from '../src/context.js';
import { define } from '../src/define.js';
import { CitCandidacyCheck } from '../src/elements/cit-candidacy-check/cit-candidacy-check.js';
import type { CitClinic } from '../src/elements/cit-clinic/cit-clinic.js';
import { CitSessionPlanner } from '../src/elements/cit-session-planner/cit-session-planner.js';
import '../src/index.js';

define('cit-session-planner', CitSessionPlanner);
define('cit-candidacy-check', CitCandidacyCheck);

interface PlannerArgs {
  concerns?: string;
  start?: string;
  sessions?: string;
  interval?: string;
  'event-date'?: string;
  today?: string;
  locale?: string;
  price?: string;
  currency?: string;
}

const meta: Meta<PlannerArgs> = {
  title: 'Widgets/cit-session-planner',
  component: 'cit-session-planner',
  args: { today: '2026-11-22', start: '2026-12-01', currency: 'USD' },
  argTypes: {
    locale: { control: 'select', options: [undefined, 'en', 'en-GB', 'es', 'es-MX', 'fr', 'de', 'it', 'pt-BR', 'pt-PT', 'ar', 'he', 'zh-Hans', 'ko', 'zh-TW'] },
    price: { control: 'text', description: 'The clinic’s price per session (on `<cit-clinic>`): `350` or `150-600`.' },
    currency: { control: 'text', description: 'The clinic’s currency (on `<cit-clinic>`).' },
  },
  render: (args) => html`<cit-clinic
    name="Lumen Skin Clinic"
    booking-url="https://lumen-skin.example/book?date={date}"
    price=${ifDefined(args.price)}
    currency=${ifDefined(args.price ? args.currency : undefined)}
  >
    <cit-session-planner
      concerns=${ifDefined(args.concerns)}
      start=${ifDefined(args.start)}
      sessions=${ifDefined(args.sessions)}
      interval=${ifDefined(args.interval)}
      event-date=${ifDefined(args['event-date'])}
      today=${ifDefined(args.today)}
      locale=${ifDefined(args.locale)}
    ></cit-session-planner>
  </cit-clinic>`,
};
export default meta;
type Story = StoryObj<PlannerArgs>;

export const Refresh: Story = { args: { concerns: 'fine-lines pores', price: '350' } };
export const AcneScars: Story = { args: { concerns: 'acne-scars', price: '250-400' } };
export const Significant: Story = { args: { concerns: 'stretch-marks', price: '300-450' } };
export const DeepAcneScars: Story = { args: { concerns: 'acne-scars-deep', price: '150-600' } };
/** The event rule's two levels (domain.md "A date that matters"): the last session 3 months or more before, or 6 weeks or more. */
export const EventBestResults: Story = { args: { concerns: 'fine-lines', 'event-date': '2027-06-12', price: '350' } };
export const EventFirstChanges: Story = { args: { concerns: 'fine-lines', 'event-date': '2027-04-10', price: '350' } };
export const EventNeither: Story = { args: { concerns: 'acne-scars-deep', 'event-date': '2027-03-01', price: '350' } };
export const WithoutPrices: Story = { args: { concerns: 'texture' } };
export const Spanish: Story = { args: { concerns: 'acne-scars', price: '250-400', currency: 'EUR', locale: 'es' } };

/** A completed candidacy check in the same clinic hands its concerns, plan and wait date to the planner. */
export const FromCandidacyCheck: Story = {
  render: () => {
    sessionStorage.setItem(
      'cit-candidacy-check#story-handover',
      JSON.stringify({ v: 1, screen: 'result', answers: { concerns: ['acne-scars'], conditions: ['recent-treatment'], lastTreatmentDate: '2026-11-15' } }),
    );
    return html`<cit-clinic name="Lumen Skin Clinic" price="250-400" currency="USD">
      <cit-candidacy-check id="story-handover" today="2026-11-22"></cit-candidacy-check>
      <cit-session-planner today="2026-11-22"></cit-session-planner>
    </cit-clinic>`;
  },
};

/**
 * A planner in a clinic whose suitability check has just completed, with this result: the hand-over
 * `<cit-candidacy-check>` makes through the clinic's `shareCandidacy`, without the check itself.
 */
const afterCheck = (candidacy: SharedCandidacy, locale?: string) => html`<cit-clinic
  name="Lumen Skin Clinic"
  booking-url="https://lumen-skin.example/book?date={date}"
  phone="+1 555 0100"
  locale=${ifDefined(locale)}
  ${ref((clinic) => void (clinic as CitClinic | undefined)?.updateComplete.then(() => (clinic as CitClinic).settings.shareCandidacy?.(candidacy)))}
>
  <cit-session-planner today="2026-11-22"></cit-session-planner>
</cit-clinic>`;

const consult: SharedCandidacy = {
  concerns: ['acne-scars'],
  plan: 'scars',
  outcome: 'consult',
  reasons: [
    { id: 'keloid', outcome: 'consult' },
    { id: 'bleeding', outcome: 'consult' },
  ],
};
const undatedWait: SharedCandidacy = {
  concerns: ['fine-lines'],
  plan: 'refresh',
  outcome: 'wait',
  reasons: [
    { id: 'pregnant', outcome: 'wait' },
    { id: 'sunburn', outcome: 'wait' },
  ],
};
const datedWait: SharedCandidacy = {
  concerns: ['acne-scars'],
  plan: 'scars',
  outcome: 'wait',
  waitUntil: '2027-01-15',
  reasons: [{ id: 'isotretinoin', outcome: 'wait', until: '2027-01-15' }],
};

/** The check advised a consultation: said first, a consultation offered, the start left open and no session bookings. */
export const AfterConsult: Story = { render: () => afterCheck(consult) };
/** The check advised a wait with no date: what must settle named, the start left open, a talk with the clinic offered. */
export const AfterUndatedWait: Story = { render: () => afterCheck(undatedWait) };
export const AfterUndatedWaitSpanish: Story = { render: () => afterCheck(undatedWait, 'es') };
/** The check advised a wait until a date: the course starts then, and no earlier date can be chosen. */
export const AfterDatedWait: Story = { render: () => afterCheck(datedWait) };
export const AfterDatedWaitSpanish: Story = { render: () => afterCheck(datedWait, 'es') };
/** Right to left: the chart runs from the right. */
export const Hebrew: Story = { args: { concerns: 'acne-scars', price: '250-400', currency: 'ILS', locale: 'he', 'event-date': '2027-06-12' } };
export const ChineseSimplified: Story = { args: { concerns: 'acne-scars', price: '1500-2500', currency: 'CNY', locale: 'zh-Hans' } };
