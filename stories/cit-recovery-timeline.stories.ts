import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { define } from '../src/define.js';
import { CitRecoveryTimeline } from '../src/elements/cit-recovery-timeline/cit-recovery-timeline.js';
import '../src/index.js';

define('cit-recovery-timeline', CitRecoveryTimeline);

interface TimelineArgs {
  'treated-at'?: string;
  now?: string;
  locale?: string;
  'last-session'?: 'true' | 'false';
  inClinic?: boolean;
  /** A stricter clinic's protocol overrides, as the JSON inside `<cit-clinic>` (not the element's own: it has no `protocol`). */
  clinicProtocol?: string;
}

const meta: Meta<TimelineArgs> = {
  title: 'Widgets/cit-recovery-timeline',
  component: 'cit-recovery-timeline',
  args: { 'treated-at': '2026-03-07T18:00', inClinic: true },
  argTypes: {
    locale: { control: 'select', options: [undefined, 'en', 'en-GB', 'es', 'es-MX', 'fr', 'de', 'it', 'pt-BR', 'pt-PT', 'ar', 'he', 'zh-Hans', 'ko', 'zh-TW'] },
    'last-session': {
      control: 'select',
      options: [undefined, 'true', 'false'],
      description: 'Whether the clinic knows this was the last session of the course. Unset: the widget asks the patient.',
    },
    inClinic: { control: 'boolean', description: 'Inside a `<cit-clinic>` with a name and a phone number.' },
    clinicProtocol: { control: 'text', description: 'Protocol overrides for the `<cit-clinic>` (JSON), such as a stricter sun rule.' },
  },
  render: (args) => {
    const timeline = html`<cit-recovery-timeline
      treated-at=${ifDefined(args['treated-at'])}
      now=${ifDefined(args.now)}
      locale=${ifDefined(args.locale)}
      last-session=${ifDefined(args['last-session'])}
    ></cit-recovery-timeline>`;
    if (!args.inClinic) return timeline;
    // Lit binds no text inside <script>: the overrides go in as an element of their own.
    const protocol = args.clinicProtocol ? Object.assign(document.createElement('script'), { type: 'application/json', textContent: args.clinicProtocol }) : '';
    return html`<cit-clinic name="Lumen Skin Clinic" phone="+1 555 013 4200">${protocol}${timeline}</cit-clinic>`;
  },
};
export default meta;
type Story = StoryObj<TimelineArgs>;

export const JustTreated: Story = { args: { now: '2026-03-07T21:30' } };
export const Day3: Story = { args: { now: '2026-03-10T09:00' } };
export const Day10: Story = { args: { now: '2026-03-17T12:00' } };
export const Week6: Story = { args: { now: '2026-04-18T10:00' } };
/** The clinic says this was the last session: best results are dated, and no next session is offered. */
export const LastSession: Story = { args: { now: '2026-03-10T09:00', 'last-session': 'true' } };
/** The clinic says more sessions follow: best results are said without a date, and nothing is asked. */
export const NotLastSession: Story = { args: { now: '2026-03-10T09:00', 'last-session': 'false' } };
/** A link sent before the appointment: the preparation checklist, not a past-tense timeline. */
export const UpcomingTreatment: Story = { args: { now: '2026-03-05T09:00' } };
export const UpcomingDayOnly: Story = { args: { 'treated-at': '2026-03-07', now: '2026-03-05T09:00' } };
/** A clinic that asks for a week out of the sun. */
export const StricterClinic: Story = { args: { now: '2026-03-10T09:00', clinicProtocol: '{ "recovery": { "sunHours": 168 } }' } };
/** No clinic: "your clinic", no phone link, and the urgent-care safety net all the same. */
export const NoClinic: Story = { args: { now: '2026-03-10T09:00', inClinic: false } };
export const DateOnly: Story = { args: { 'treated-at': '2026-03-07', now: '2026-03-08T08:00' } };
export const NoTreatmentTime: Story = { args: { 'treated-at': undefined, now: '2026-03-08T08:00' } };
/** Out of the supported years (1900–2199): the setup problem is shown and the widget asks for the time. */
export const OutOfRange: Story = { args: { 'treated-at': '2199-10-01T10:00', now: '2199-10-02T09:00' } };
export const Spanish: Story = { args: { now: '2026-03-10T09:00', locale: 'es' } };
export const SpanishLastSession: Story = { args: { now: '2026-03-10T09:00', locale: 'es', 'last-session': 'true' } };
export const SpanishUpcoming: Story = { args: { now: '2026-03-05T09:00', locale: 'es' } };
/** Right to left: the line of the timeline on the right. */
export const Arabic: Story = { args: { now: '2026-03-10T09:00', locale: 'ar' } };
export const German: Story = { args: { now: '2026-03-10T09:00', locale: 'de' } };
