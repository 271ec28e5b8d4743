import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';

interface ClinicArgs {
  name?: string;
  'booking-url'?: string;
  phone?: string;
  locale?: string;
  currency?: string;
  price?: string;
  protocol?: string;
}

const render = (args: ClinicArgs) => html`
  <cit-clinic
    name=${ifDefined(args.name)}
    booking-url=${ifDefined(args['booking-url'])}
    phone=${ifDefined(args.phone)}
    locale=${ifDefined(args.locale)}
    currency=${ifDefined(args.currency)}
    price=${ifDefined(args.price)}
  >
    ${args.protocol ? html`<script type="application/json">${args.protocol}</script>` : ''}
    <p>The clinic's widgets go here. Each one receives these settings.</p>
  </cit-clinic>
`;

const meta: Meta<ClinicArgs> = {
  title: 'Provider/cit-clinic',
  component: 'cit-clinic',
  render,
  argTypes: {
    protocol: { control: 'text', description: 'Protocol overrides, as the JSON of a child `<script type="application/json">`.' },
  },
};
export default meta;

type Story = StoryObj<ClinicArgs>;

export const Configured: Story = {
  args: {
    name: 'Lumen Skin Clinic',
    'booking-url': 'https://lumen-skin.example/book?date={date}',
    phone: '+1 555 013 4200',
    locale: 'en-US',
    currency: 'USD',
    price: '250-400',
    protocol: '{ "sessions": { "maintenanceMonths": 12 } }',
  },
};

/** What a site builder sees when a setting is wrong: the problem, named, and the widgets carrying on. */
export const InvalidSettings: Story = {
  args: {
    name: 'Lumen Skin Clinic',
    'booking-url': 'javascript:alert(1)',
    currency: 'EURO',
    price: '150-90',
    protocol: '{ "recovery": { "makeupHours": 6 } }',
  },
};

export const Spanish: Story = {
  args: { name: 'Clínica Lumen', locale: 'es', currency: 'EUR', price: 'barato' },
};
