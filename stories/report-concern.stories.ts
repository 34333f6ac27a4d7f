import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/report-concern/index.js';
import type {HopeReportConcern} from '../src/report-concern/index.js';
import type {DeliverResult} from '../src/core/delivery.js';
import type {Envelope} from '../src/core/envelope.js';
import {supportedLocales} from '../src/core/localization.js';

type Outcome = 'delivered' | 'sending' | 'queued' | 'not-sent' | 'rejected' | 'rejected-field' | 'not-configured';
type Screen = 'danger' | 'danger-yes' | 'errors' | 'seen' | 'where' | 'when' | 'people' | 'you' | 'check' | 'sent';

type Args = {
  country: string;
  locale: string;
  privacyUrl: string;
  quickExit: 'on' | 'off';
  outcome: Outcome;
  screen: Screen;
  prefillTypes: string;
  prefillIndicators: string;
};

/** Example transports: nothing leaves Storybook; what would be sent is shown under the form. */
function transport(outcome: Outcome) {
  if (outcome === 'not-configured') return undefined;
  return async (envelope: Envelope): Promise<DeliverResult> => {
    const output = document.querySelector('#report-output');
    if (output) output.textContent = JSON.stringify(envelope.data, null, 2);
    switch (outcome) {
      case 'sending':
        return new Promise(() => {});
      case 'queued':
      case 'not-sent':
        throw new TypeError('Failed to fetch (example)');
      case 'rejected':
        return {status: 400, body: 'Example rejection'};
      case 'rejected-field':
        return {status: 422, body: {type: 'about:blank', title: 'Invalid', errors: [{pointer: '/data/description'}]}};
      default:
        return {status: 201, body: {reference: 'DEMO-2026-0042'}};
    }
  };
}

const wait = (el: HopeReportConcern) => el.updateComplete.then(() => el.updateComplete);
async function press(el: HopeReportConcern, selector: string) {
  el.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
  await wait(el);
}
async function write(el: HopeReportConcern, selector: string, value: string) {
  const control = el.shadowRoot!.querySelector<HTMLTextAreaElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await wait(el);
}

/** Walks the form to a screen the way a person would (clicks and typing), so every state is the real one. */
async function goTo(el: HopeReportConcern, screen: Screen) {
  const next = () => press(el, 'form button[type=submit]');
  await wait(el);
  if (screen === 'danger') return;
  if (screen === 'errors') return next();
  await press(el, screen === 'danger-yes' ? '#danger' : '#danger-no');
  if (screen === 'danger-yes') return;
  await next();
  if (!el.shadowRoot!.querySelector<HTMLInputElement>('input[name=types]:checked')) await press(el, '#types');
  await next();
  await write(el, '#description', 'Four men are dropped off at the car wash at 6am and collected at 10pm. They never seem to be paid.');
  if (screen === 'seen') return;
  await next();
  for (const s of ['where', 'when', 'people', 'you'] as const) {
    if (screen === s) return;
    await next();
  }
  if (screen === 'check') return;
  await next(); // Send
}

const meta: Meta<Args> = {
  title: 'Elements/Report a concern',
  component: 'hope-report-concern',
  args: {
    country: 'GB',
    locale: '',
    privacyUrl: 'https://council.example/privacy',
    quickExit: 'on',
    outcome: 'delivered',
    screen: 'danger',
    prefillTypes: '',
    prefillIndicators: '',
  },
  argTypes: {
    country: {control: 'select', options: ['GB', 'US', 'PL', 'FR', 'TR', 'BD']},
    locale: {control: 'select', options: ['', ...supportedLocales], description: 'One locale per page: the most recent `locale` attribute wins'},
    quickExit: {control: 'inline-radio', options: ['on', 'off']},
    outcome: {
      control: 'select',
      options: ['delivered', 'sending', 'queued', 'not-sent', 'rejected', 'rejected-field', 'not-configured'],
      description: 'What the (example) organisation answers when the report is sent',
    },
    screen: {
      control: 'select',
      options: ['danger', 'danger-yes', 'errors', 'seen', 'where', 'when', 'people', 'you', 'check', 'sent'],
      description: 'Where the story walks the form to (by clicking, as a person would)',
    },
    prefillTypes: {control: 'text', description: '`prefill({exploitationTypes})`, comma-separated ids'},
    prefillIndicators: {control: 'text', description: '`prefill({indicators})`, comma-separated ids'},
  },
  render: ({country, locale, privacyUrl, quickExit, outcome}) => html`
    <hope-report-concern
      country=${country}
      locale=${locale || nothing}
      privacy-url=${privacyUrl || nothing}
      quick-exit=${quickExit}
      .deliver=${transport(outcome)}
      .timeout=${outcome === 'sending' ? 2_000_000_000 : 15_000}
      .retryDelay=${outcome === 'not-sent' ? 200 : 5_000}
    >
      <p>To report modern slavery, call the Modern Slavery &amp; Exploitation Helpline on <a href="tel:+448000121700">08000 121 700</a>.</p>
    </hope-report-concern>
    <pre><output id="report-output"></output></pre>
  `,
  play: async ({canvasElement, args}) => {
    const el = canvasElement.querySelector('hope-report-concern')!;
    // In Storybook the exit button shows where it would go instead of leaving.
    const exit = el.shadowRoot!.querySelector('hope-quick-exit');
    if (exit) exit.navigate = (href) => (document.querySelector('#report-output')!.textContent = `Would now leave for ${href}`);
    const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
    if (args.prefillTypes || args.prefillIndicators) el.prefill({exploitationTypes: list(args.prefillTypes), indicators: list(args.prefillIndicators)});
    await goTo(el, args.screen);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The first question: always immediate danger. */
export const Danger: Story = {};

/** "Yes": the emergency numbers for the country, as working links; the person may still go on. */
export const DangerYes: Story = {args: {screen: 'danger-yes'}};

/** A country without a checked emergency number: said plainly, never guessed. */
export const NoCheckedEmergencyNumber: Story = {args: {screen: 'danger-yes', country: 'TR'}};

/** Continue without an answer: the error summary (focused) and the inline error. */
export const Errors: Story = {args: {screen: 'errors'}};

/** What was seen: the description with its character count, and signs from the catalogue. */
export const WhatWasSeen: Story = {args: {screen: 'seen'}};

/** Handed over from the checklist: types and signs already ticked (the danger question still comes first). */
export const Prefilled: Story = {args: {screen: 'seen', prefillTypes: 'labour', prefillIndicators: 'documents-held,debt-bondage'}};

export const Where: Story = {args: {screen: 'where'}};
export const When: Story = {args: {screen: 'when'}};
export const People: Story = {args: {screen: 'people'}};

/** About you: anonymous by default, the honest line on anonymity, the privacy notice link. */
export const AboutYou: Story = {args: {screen: 'you'}};

export const CheckAnswers: Story = {args: {screen: 'check'}};

/** Sent: the reference, what happens next, the helpline. */
export const Delivered: Story = {args: {screen: 'sent'}};

/** Waiting for the organisation's answer. */
export const Sending: Story = {args: {screen: 'sent', outcome: 'sending'}};

/** The organisation cannot be reached: kept and retried while the page is open, with the helpline. */
export const Queued: Story = {args: {screen: 'sent', outcome: 'queued'}};

/** After three failures while online: says plainly it has not been sent. */
export const NotSent: Story = {args: {screen: 'sent', outcome: 'not-sent'}};

/** Rejected without saying why: every answer kept, our own words. */
export const Rejected: Story = {args: {screen: 'sent', outcome: 'rejected'}};

/** Rejected with a problem+json pointer: back to the field at fault. */
export const RejectedField: Story = {args: {screen: 'sent', outcome: 'rejected-field'}};

/** Neither `endpoint` nor `deliver`: a clear message, nothing sent. */
export const NotConfigured: Story = {args: {screen: 'check', outcome: 'not-configured'}};

/** Right to left: Arabic mirrors the layout; numbers stay left to right. */
export const Arabic: Story = {args: {screen: 'danger-yes', locale: 'ar'}};
