import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { define } from '../src/define.js';
import { CitRecoveryTimeline } from '../src/elements/cit-recovery-timeline.js';
import '../src/index.js';

define('cit-recovery-timeline', CitRecoveryTimeline);

interface TimelineArgs {
  'treated-at'?: string;
  now?: string;
  locale?: string;
  inClinic?: boolean;
}

const meta: Meta<TimelineArgs> = {
  title: 'Widgets/cit-recovery-timeline',
  component: 'cit-recovery-timeline',
  args: { 'treated-at': '2026-03-07T18:00', inClinic: true },
  argTypes: {
    locale: { control: 'select', options: [undefined, 'en', 'en-GB', 'es'] },
    inClinic: { control: 'boolean', description: 'Inside a `<cit-clinic>` with a phone number.' },
  },
  render: (args) => {
    const timeline = html`<cit-recovery-timeline treated-at=${ifDefined(args['treated-at'])} now=${ifDefined(args.now)} locale=${ifDefined(args.locale)}></cit-recovery-timeline>`;
    return args.inClinic ? html`<cit-clinic name="Lumen Skin Clinic" phone="+1 555 013 4200">${timeline}</cit-clinic>` : timeline;
  },
};
export default meta;
type Story = StoryObj<TimelineArgs>;

export const JustTreated: Story = { args: { now: '2026-03-07T21:30' } };
export const Day3: Story = { args: { now: '2026-03-10T09:00' } };
export const Day10: Story = { args: { now: '2026-03-17T12:00' } };
export const Week6: Story = { args: { now: '2026-04-18T10:00' } };
export const DateOnly: Story = { args: { 'treated-at': '2026-03-07', now: '2026-03-08T08:00' } };
export const NoTreatmentTime: Story = { args: { 'treated-at': undefined, now: '2026-03-08T08:00' } };
export const Spanish: Story = { args: { now: '2026-03-10T09:00', locale: 'es' } };
