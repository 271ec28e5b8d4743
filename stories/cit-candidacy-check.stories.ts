import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { define } from '../src/define.js';
import { CitCandidacyCheck, type CandidacyAnswers } from '../src/elements/cit-candidacy-check/cit-candidacy-check.js';
import '../src/index.js';

define('cit-candidacy-check', CitCandidacyCheck);

interface CheckArgs {
  locale?: string;
  today?: string;
  compact?: boolean;
  inClinic?: boolean;
  /** Which step the story opens on, and with which answers (restored as after a page reload). */
  screen?: string;
  answers?: CandidacyAnswers;
}

/** Each story's element has its own id, so its own sessionStorage entry: the step and answers it opens with. */
const seed: Decorator<CheckArgs> = (story, { args, id }) => {
  const key = `cit-candidacy-check#${id}`;
  if (args.screen) sessionStorage.setItem(key, JSON.stringify({ v: 1, screen: args.screen, answers: args.answers ?? { concerns: [], conditions: [] } }));
  else sessionStorage.removeItem(key);
  return story();
};

const meta: Meta<CheckArgs> = {
  title: 'Widgets/cit-candidacy-check',
  component: 'cit-candidacy-check',
  decorators: [seed],
  args: { today: '2026-11-22', compact: false, inClinic: false },
  argTypes: {
    locale: { control: 'select', options: [undefined, 'en', 'en-GB', 'es', 'es-MX', 'fr', 'de', 'it', 'pt-BR', 'pt-PT', 'ar', 'he', 'zh-Hans', 'ko', 'zh-TW'] },
    inClinic: { control: 'boolean', description: 'Inside a `<cit-clinic>` with a booking link and phone.' },
    screen: { table: { disable: true } },
    answers: { table: { disable: true } },
  },
  render: (args, { id }) => {
    const check = html`<cit-candidacy-check id=${id} locale=${ifDefined(args.locale)} today=${ifDefined(args.today)} ?compact=${args.compact}></cit-candidacy-check>`;
    return args.inClinic
      ? html`<cit-clinic name="Lumen Skin Clinic" booking-url="https://lumen-skin.example/book?date={date}" phone="+1 555 013 4200">${check}</cit-clinic>`
      : check;
  },
};
export default meta;
type Story = StoryObj<CheckArgs>;

export const Concerns: Story = {};
export const HealthQuestions: Story = { args: { screen: 'health', answers: { concerns: ['acne-scars'], conditions: ['isotretinoin'] } } };
export const HealthQuestionsCompact: Story = { args: { compact: true, screen: 'health:medicines', answers: { concerns: ['acne-scars'], conditions: [] } } };
export const SkinType: Story = { args: { screen: 'skin', answers: { concerns: ['fine-lines'], conditions: [], fitzpatrick: 4 } } };
export const GoodFit: Story = { args: { screen: 'result', answers: { concerns: ['fine-lines', 'pores'], conditions: [], fitzpatrick: 2 } } };
export const GoodFitInClinic: Story = { args: { ...GoodFit.args, inClinic: true } };
export const WaitWithDate: Story = {
  args: { screen: 'result', inClinic: true, answers: { concerns: ['acne-scars'], conditions: ['isotretinoin'], isotretinoinLastDose: '2026-08-31', fitzpatrick: 5 } },
};
export const WaitWithoutDate: Story = { args: { screen: 'result', inClinic: true, answers: { concerns: ['dull-tone'], conditions: ['pregnant', 'sunburn'] } } };
export const Consult: Story = { args: { screen: 'result', answers: { concerns: ['raised-scars', 'texture'], conditions: ['keloid'] } } };
/** Eczema or psoriasis, or an allergy to numbing cream: a talk with the clinic, never a treatment booking. */
export const ConsultInClinic: Story = { args: { screen: 'result', inClinic: true, answers: { concerns: ['texture'], conditions: ['chronic-skin', 'numbing-allergy'] } } };
export const Spanish: Story = { args: { ...WaitWithDate.args, locale: 'es' } };
export const SpanishConsult: Story = { args: { ...ConsultInClinic.args, locale: 'es' } };
/** Right to left. */
export const Arabic: Story = { args: { ...WaitWithDate.args, locale: 'ar' } };
export const Hebrew: Story = { args: { ...HealthQuestions.args, locale: 'he' } };
export const Korean: Story = { args: { ...GoodFitInClinic.args, locale: 'ko' } };
