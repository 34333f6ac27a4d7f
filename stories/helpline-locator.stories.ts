import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/helpline-locator/index.js';
import type {Envelope} from '../src/core/envelope.js';
import type {HelplineFeed} from '../src/helpline-locator/index.js';
// Fictional helplines (Ofcom drama numbers), each marked as an example.
import demoFeed from '../demo/feeds/helplines.json';

type Args = {
  country: string;
  merge: 'extend' | 'replace';
  feed: boolean;
  src: string;
  now: string;
  timeZone: string;
  callBack: boolean;
};

/** Example transport for the call-back form: nothing leaves Storybook, the request is shown. */
async function showEnvelope(envelope: Envelope) {
  document.querySelector('#locator-output')!.textContent = JSON.stringify(envelope.data, null, 2);
  return {status: 201, body: {reference: 'DEMO-0001'}};
}

const FALLBACK = html`<a href="tel:+448000121700">Modern Slavery &amp; Exploitation Helpline: 08000 121 700</a>`;

const meta: Meta<Args> = {
  title: 'Elements/Helpline locator',
  component: 'hope-helpline-locator',
  args: {country: 'GB', merge: 'extend', feed: false, src: '', now: '', timeZone: '', callBack: false},
  argTypes: {
    country: {control: 'select', options: ['', 'GB', 'US', 'PL', 'DE', 'BD', 'TR']},
    merge: {control: 'inline-radio', options: ['extend', 'replace']},
    feed: {control: 'boolean', description: 'Add the demo feed (fictional numbers) through the `helplines` property'},
    now: {control: 'text', description: 'A fixed time (ISO 8601) instead of the clock'},
    timeZone: {control: 'text', description: 'Show times in this IANA time zone'},
    callBack: {control: 'boolean', description: 'Offer the call-back form (sent to the story, not the network)'},
  },
  render: ({country, merge, feed, src, now, timeZone, callBack}) => html`
    <hope-helpline-locator
      country=${country || nothing}
      merge=${merge}
      src=${src || nothing}
      time-zone=${timeZone || nothing}
      .helplines=${feed ? (demoFeed as HelplineFeed) : undefined}
      .now=${now ? new Date(now) : undefined}
      .deliver=${callBack ? showEnvelope : undefined}
      callback-helpline=${callBack && feed ? 'example-brand-worker-voice' : nothing}
      >${FALLBACK}</hope-helpline-locator
    >
    <pre><output id="locator-output"></output></pre>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in, verified UK numbers. */
export const Default: Story = {};

/** A brand's grievance line pinned first, after the emergency numbers, with other example lines. */
export const WithAFeed: Story = {args: {feed: true}};

/** A worker in Bangladesh: no checked emergency number (said plainly), the brand's and a local example line. */
export const NoCheckedEmergencyNumber: Story = {args: {country: 'BD', feed: true, timeZone: 'Asia/Dhaka'}};

/** Friday 23:30 in London: the night text line is open, office-hours lines say when they open. */
export const AtNight: Story = {args: {feed: true, now: '2026-01-16T23:30:00Z', timeZone: 'Europe/London'}};

/** `merge="replace"`: only the host's helplines, and the built-in emergency numbers, which are never removed. */
export const ReplaceBuiltIn: Story = {args: {feed: true, merge: 'replace'}};

/** The feed cannot be loaded: the built-in helplines and emergency numbers stay, and the list says it may be incomplete. */
export const FeedUnavailable: Story = {args: {src: '/no-such-feed.json'}};

/** With `endpoint` (here a `deliver` function): the call-back request form. */
export const CallBack: Story = {args: {feed: true, callBack: true}};

/**
 * The fallback content put inside the tag: what the page shows before the script runs, or if it
 * fails. Once the element upgrades, its shadow root hides it.
 */
export const FallbackContent: Story = {
  render: () => html`<hope-helpline-locator-not-loaded>${FALLBACK}</hope-helpline-locator-not-loaded>
    <p>(Shown here in a tag that never upgrades.)</p>`,
};
