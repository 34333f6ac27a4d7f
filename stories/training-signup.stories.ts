import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/training-signup/index.js';
import type {TrainingSession} from '../src/training-signup/index.js';
import type {DeliverFn} from '../src/core/delivery.js';
import feed from '../demo/feeds/training-sessions.json';

/** Example data only: the demo feed (fictional sessions in 2027–2028), seen from 15 January 2027. */
const SESSIONS = feed.items as TrainingSession[];
const NOW = Date.parse('2027-01-15T12:00:00Z');

/** Storybook has no receiver: these stand in for the organisation's endpoint. */
const accepts: DeliverFn = async () => ({status: 201, body: {reference: 'TRN-2027-0042'}});
function fullOnce(): DeliverFn {
  let first = true;
  return async () => {
    if (first) {
      first = false;
      return {status: 409, body: {error: 'full'}};
    }
    return {status: 201, body: {reference: 'TRN-2027-0043'}};
  };
}
const offline: DeliverFn = async () => {
  throw new TypeError('Failed to fetch');
};

type Args = {
  session?: string;
  timeZone: string;
  contactEmail?: string;
  privacyUrl?: string;
  src?: string;
  sessions?: TrainingSession[];
  deliver?: DeliverFn;
};

const meta: Meta<Args> = {
  title: 'Elements/Training signup',
  component: 'hope-training-signup',
  args: {
    timeZone: 'Europe/London',
    privacyUrl: 'https://example.org/privacy',
    contactEmail: 'training@example.org',
    sessions: SESSIONS,
    deliver: accepts,
  },
  argTypes: {
    timeZone: {control: 'select', options: ['Europe/London', 'Europe/Warsaw', 'America/New_York', 'Asia/Dhaka', 'Asia/Tokyo']},
    sessions: {control: false},
    deliver: {control: false},
  },
  render: (a) => html`<hope-training-signup
    .now=${NOW}
    .timeZone=${a.timeZone}
    .sessions=${a.sessions}
    .deliver=${a.deliver}
    .retryDelay=${2000}
    src=${a.src ?? ''}
    session=${a.session ?? ''}
    contact-email=${a.contactEmail ?? ''}
    privacy-url=${a.privacyUrl ?? ''}
  >
    <a href="https://example.org/training">Book training on our website</a>
  </hope-training-signup>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The demo feed: filters, places left, full sessions, times in the person's time zone. */
export const Default: Story = {};

/** Seen from New York: each session also shows its own local time. */
export const AnotherTimeZone: Story = {args: {timeZone: 'America/New_York'}};

/** A "book this course" link: `session="…"` opens the form for that session. */
export const PreselectedSession: Story = {args: {session: 'example-2027-03-businesses-leicester'}};

/** The session filled up while the person was typing: the waiting list is offered without retyping. */
export const FilledUpWhileBooking: Story = {
  args: {session: 'example-2027-03-spot-the-signs-online'},
  render: (a, ctx) => meta.render!({...a, deliver: fullOnce()}, ctx),
};

/** A full session from the start: the form is a waiting-list request. */
export const FullSession: Story = {args: {session: 'example-2027-04-frontline-health'}};

/** The endpoint cannot be reached: the booking is queued, kept, and the helpline shown. */
export const Offline: Story = {args: {session: 'example-2027-03-spot-the-signs-online', deliver: offline}};

/** The feed cannot be loaded: a clear message, "Try again" and the organiser's email. */
export const FeedUnavailable: Story = {args: {sessions: undefined, src: '/no-such-feed.json'}};

/** Nothing upcoming. */
export const NoSessions: Story = {args: {sessions: []}};
