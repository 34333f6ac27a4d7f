import {html, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {WidgetElement} from '../core/widget-element.js';
import {visibleText} from '../core/read-aloud.js';
import {SubmissionController, type SubmissionState} from '../core/submission.js';
import {configMessage, deliveryStatus} from '../core/delivery-status.js';
import type {FieldError} from '../core/form-kit.js';
import {FeedController} from '../core/feed.js';
import {FocusAfterUpdate} from '../core/focus.js';
import {buttonStyles, formStyles, reserveSpace} from '../core/styles.js';
import {clock} from '../core/clock.js';
import {deviceTimeZone, isTimeZone} from '../core/intl.js';
import {httpUrl} from '../core/validators.js';
import {isOpen, readSessionsFeed, type Entry, type FeedResult, type Skipped, type TrainingSession} from './feed.js';
import {rangeText} from './time.js';
import {emptyAnswers, fieldForPointer, toData, validateAnswers, type Answers} from './registration.js';
import {SessionTexts, placeText} from './session-text.js';
import {sessionsList} from './sessions-view.js';
import {later, stillLoading} from '../core/later.js';
import {trainingSignupStyles} from './training-signup.styles.js';

/** Sessions shown at first, and added by each "Show more sessions". */
export const PAGE_SIZE = 20;

/** The largest sessions feed read (about 2,000 sessions); a larger one is refused as a fault of the site. */
export const MAX_FEED_BYTES = 2 * 1024 * 1024;

/** The booking form and what follows it arrive after the list of sessions (booking.ts). */
const bookingPart = later(() => import('./booking.js'));

/** What the live status region says: "full" and "closed" get their own notice, so it stays in place, empty. */
function liveStatus(st: SubmissionState): SubmissionState {
  return st.phase === 'rejected' && (st.error === 'full' || st.error === 'closed') ? {phase: 'idle'} : st;
}

/**
 * Lists upcoming "spot the signs" training sessions from a feed, in the person's time
 * zone, with filters and honest places left, and books a place (or the waiting list) through
 * the hope-widgets submission client. On success it offers the session as a calendar file.
 *
 * Put a plain link to the organiser's booking page inside the tag as the no-JavaScript fallback.
 *
 * @tag hope-training-signup
 * @summary Lists upcoming "spot the signs" training sessions from a feed, in the person's time
 * zone, with filters and honest places left, and books a place (or the waiting list) through
 * the hope-widgets submission client. On success it offers the session as a calendar file.
 * @fires {CustomEvent<HopeEventDetail>} hope-submit - Once per envelope, before the first attempt. Not cancelable (hosts that deliver themselves set `deliver`).
 * @fires {CustomEvent<HopeEventDetail>} hope-submitted - The booking was delivered (`detail.reference`).
 * @fires {CustomEvent<HopeEventDetail>} hope-error - `kind: 'submission'` (not delivered yet, or rejected), `kind: 'config'` (no endpoint), or `kind: 'feed'` with `reason` `feed-unavailable` (no answer, an HTTP error, or no answer within 15 s), `invalid-feed` (not JSON, not a sessions feed, larger than 2 MB, or holding a `__proto__`/`constructor`/`prototype` key) or `invalid-entries` (reported once per load). Never carries what the person typed.
 * @csspart base - The wrapper (carries `lang` and `dir`).
 * @csspart read-aloud - The Listen / Stop button (shown only when the device has a voice for the page's language).
 * @csspart language-switcher - The language switcher (absent with `language-switcher="off"`).
 * @csspart not-sent - "It has not been sent": the endpoint refused it or is misconfigured; shows the helpline.
 * @csspart filters - The filter controls.
 * @csspart session - One session in the list.
 * @csspart book-button - A session's "Book a place" / "Join the waiting list" button.
 * @csspart form - The registration form.
 * @csspart submit - The form's send button.
 * @csspart error-summary - The GOV.UK error summary.
 * @csspart feed-error - Shown when the feed cannot be loaded or read.
 * @csspart full-offer - Offered when the session filled up while the person was booking.
 * @csspart calendar-link - The "Add to calendar" (.ics) download link.
 * @csspart status - The live submission status.
 * @csspart confirmation - The confirmation panel.
 * @csspart config-message - Shown when no endpoint is set.
 * @cssproperty --hope-color-session-accent - Edge colour of a session with places (default #1d70b8).
 * @cssproperty --hope-color-full - Edge colour of a full session (default #505a5f).
 * @cssproperty --hope-color-session-background - Background of a session (default transparent).
 * @cssproperty --hope-session-padding - Padding of a session (default 1em).
 * @cssproperty --hope-color-border - Borders and rules (default #b1b4b6).
 * @cssproperty --hope-color-tag - Background of the "places left" tag (default #bbd4ea).
 * @cssproperty --hope-color-tag-text - Text of the "places left" tag (default #0c2d4a).
 * @cssproperty --hope-color-full-tag - Background of the "Full" tag (default #f3f2f1).
 * @cssproperty --hope-color-full-tag-text - Text of the "Full" tag (default #0b0c0c).
 * @cssproperty --hope-color-focus - Focus highlight (default #ffdd00).
 * @cssproperty --hope-color-focus-text - Text on the focus highlight (default #0b0c0c).
 */
export class HopeTrainingSignup extends WidgetElement {
  static override styles = [...WidgetElement.styles, formStyles, buttonStyles, trainingSignupStyles, reserveSpace('training-signup')];

  private readonly submission = new SubmissionController(this, {
    widget: 'training-signup',
    schema: 'hope-widgets/training-signup@1',
    fieldFor: fieldForPointer,
    knownErrors: ['full', 'closed'],
  });
  /** The sessions, from `src` or the `sessions` property; `.feed.timeout` is the 15 s limit. */
  readonly feed = new FeedController<FeedResult>(this, {
    what: 'a training-sessions feed',
    maxBytes: MAX_FEED_BYTES,
    read: (json, stale) => this.read(json, stale),
  });
  private readonly focusNext = new FocusAfterUpdate(this);

  /** URL of a `hope-widgets/training-sessions@1` feed (schemas/training-sessions.schema.json), at most 2 MB. */
  @property() src?: string;

  /** Sessions given directly (the feed's `items`); when set, `src` is not loaded. Checked like a feed. */
  @property({attribute: false}) sessions?: TrainingSession[];

  /** Id of a session to open straight away ("book this course" links). */
  @property() session?: string;

  /** The organiser's email, offered when the feed cannot be loaded or has no sessions. */
  @property({attribute: 'contact-email'}) contactEmail?: string;

  /** The privacy notice, linked from the form (opens in a new tab so nothing typed is lost). */
  @property({attribute: 'privacy-url'}) privacyUrl?: string;

  /** The person's IANA time zone. Defaults to the browser's; set it only in tests and demos. */
  @property({attribute: false}) timeZone?: string;

  /** The current time (ms or Date) for deciding what is upcoming. Defaults to the real clock; set it only in tests and demos. */
  @property({attribute: false}) now?: number | Date;

  @state() private formatFilter = '';
  @state() private audienceFilter = '';
  @state() private shown = PAGE_SIZE;
  @state() private selectedId?: string;
  @state() private answers: Answers = emptyAnswers();
  @state() private errors: FieldError[] = [];
  @state() private linkMissed = false;

  private preselected = false;
  private readonly fullIds = new Set<string>();
  private readonly closedIds = new Set<string>();
  private bot = false;
  private sentWaiting = false;
  private ics?: {id: string; url: string; name: string};
  private seenState = '';
  private returnTo?: string;
  private warnedPrivacy = false;
  private readonly texts = new SessionTexts();

  // ---- derived ------------------------------------------------------------------------------

  private get entries(): Entry[] {
    return this.feed.value?.entries ?? [];
  }

  private nowMs(): number {
    return this.now !== undefined ? +this.now : clock.now();
  }

  private zone(): string {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : deviceTimeZone();
  }

  private isFull(e: Entry): boolean {
    return e.s.spacesLeft === 0 || this.fullIds.has(e.s.id);
  }

  private bookable(e: Entry, now = this.nowMs()): boolean {
    return isOpen(e, now) && !this.closedIds.has(e.s.id);
  }

  private get selected(): Entry | undefined {
    return this.selectedId === undefined ? undefined : this.entries.find((e) => e.s.id === this.selectedId);
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // The booking form is fetched now, while the person reads the list of sessions.
    void bookingPart.ready().then(() => this.requestUpdate());
    if (!this.hasUpdated && this.sessions === undefined) this.feed.prefetch(this.src);
    // Back on the page after a load was cut short by leaving it.
    if (this.hasUpdated && this.feed.state.status === 'idle') this.loadSessions();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sessions') || (changed.has('src') && this.sessions === undefined)) this.loadSessions();
    if (changed.has('session')) this.preselected = false;
    if (!this.preselected && this.feed.state.status === 'ready') this.preselect();
    this.noteSubmission();
  }

  /** Also waits until the sessions given or loaded have been checked (tests and hosts can rely on it). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.feed.state.status === 'loading') {
      await this.feed.settled;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The `sessions` property wins over `src`. */
  private loadSessions(): void {
    void (this.sessions !== undefined ? this.feed.give(this.sessions) : this.feed.load(this.src));
  }

  /** Reads a feed in slices; skipped entries are reported once per load. */
  private async read(json: unknown, stale: () => boolean): Promise<FeedResult | undefined> {
    const result = await readSessionsFeed(json, stale, () => rangeText(0, 1, this.zone()));
    if (result) this.report(result.skipped);
    return result;
  }

  /** To the console for the site owner, and as one event. */
  private report(skipped: Skipped[]): void {
    if (!skipped.length) return;
    const list = skipped.map((s) => `#${s.index}${s.id ? ` "${s.id}"` : ''}: ${s.problem}`).join('; ');
    console.warn(`hope-widgets: <hope-training-signup> skipped ${skipped.length} session(s) that do not match schemas/training-sessions.schema.json (${list}).`);
    this.emit('hope-error', {kind: 'feed', reason: 'invalid-entries'});
  }

  /** Learns from the submission's outcome: a session found full or closed, the calendar file, where focus goes. */
  private noteSubmission(): void {
    const st = this.submission.state;
    const e = this.selected;
    const key = st.phase + ('id' in st ? st.id : '');
    if (key !== this.seenState) {
      this.seenState = key;
      if (st.phase === 'delivered') this.focusNext.request('.panel-title');
      if (st.phase === 'rejected') this.focusNext.request(st.error === 'full' || st.error === 'closed' ? '#ts-full' : '[data-error-summary]');
    }
    if (st.phase === 'rejected' && e) {
      if (st.error === 'full') this.fullIds.add(e.s.id);
      if (st.error === 'closed') this.closedIds.add(e.s.id);
    }
    if (st.phase === 'delivered' && e && !this.sentWaiting && this.ics?.id !== st.id) {
      this.dropIcs();
      const ics = bookingPart.get()?.sessionCalendar(e, st.reference, placeText(e.s));
      if (ics) this.ics = {id: st.id, ...ics};
    }
  }

  private dropIcs(): void {
    if (this.ics) URL.revokeObjectURL(this.ics.url);
    this.ics = undefined;
  }

  private preselect(): void {
    this.preselected = true;
    const id = this.session?.trim();
    if (!id) return;
    const e = this.entries.find((x) => x.s.id === id);
    if (e && this.bookable(e)) {
      this.selectedId = id;
      this.linkMissed = false;
      this.submission.restartTimer();
    } else {
      this.linkMissed = true;
    }
  }

  /** Loads the `src` feed again (the "Try again" button does this). */
  reload(): Promise<void> {
    return this.feed.load(this.src);
  }

  // ---- actions --------------------------------------------------------------------------------

  private choose(e: Entry, returnTo: string): void {
    this.selectedId = e.s.id;
    this.returnTo = returnTo;
    this.errors = [];
    this.answers = {...this.answers, consentContact: false, consentFuture: false};
    this.linkMissed = false;
    this.submission.reset();
    this.focusNext.request('#ts-form-heading');
  }

  private readonly back = (): void => {
    this.selectedId = undefined;
    this.errors = [];
    if (!this.submission.busy) this.submission.reset();
    this.dropIcs();
    this.focusNext.request(this.returnTo ?? '#ts-list-heading', '#ts-list-heading');
  };

  private readonly onSubmit = (ev: Event): void => {
    ev.preventDefault();
    const e = this.selected;
    if (!e || this.submission.busy) return;
    if (!this.bookable(e)) {
      this.requestUpdate();
      return;
    }
    const waiting = this.isFull(e);
    this.errors = validateAnswers(this.answers, waiting);
    if (this.errors.length) {
      this.focusNext.request('[data-error-summary]');
      return;
    }
    this.send(e, waiting);
  };

  private send(e: Entry, waiting: boolean): void {
    this.sentWaiting = waiting;
    this.submission.submit(toData(e, this.answers, waiting), {honeypot: this.bot});
  }

  private readonly retry = () => {
    void this.reload().then(() => this.focusNext.request(this.feed.state.status === 'failed' ? '#ts-feed-error' : '#ts-list-heading'));
  };

  /** Forgets everything the person entered or chose (quick exit). */
  override clear(): void {
    this.selectedId = undefined;
    this.returnTo = undefined;
    this.answers = emptyAnswers();
    this.errors = [];
    this.formatFilter = '';
    this.audienceFilter = '';
    this.shown = PAGE_SIZE;
    this.linkMissed = false;
    this.bot = false;
    this.dropIcs();
    this.submission.reset();
  }

  // ---- rendering ----------------------------------------------------------------------------

  /** Listen: the headings and summaries on screen now (sessions, or the booking step). */
  protected override readAloudText(): string {
    return visibleText(this.renderRoot, 'h2, h3, legend, .summary, [role=status], [role=alert]');
  }

  override render() {
    const e = this.selected;
    const zone = this.zone();
    return this.frame(html`
      ${this.languageSwitcherTemplate()}
      ${configMessage(this.submission.configProblem, this.countryCode)}
      ${e ? this.renderBooking(e, zone) : this.renderList(zone)}
      ${deliveryStatus(
        liveStatus(this.submission.state),
        this.countryCode,
        bookingPart.get()?.statusWords({e, full: e ? this.isFull(e) : false, waiting: this.sentWaiting, email: this.answers.email.trim(), ics: this.ics, texts: this.texts, zone, back: this.back}),
      )}
    `);
  }

  private renderList(zone: string) {
    const now = this.nowMs();
    const upcoming = this.entries.filter((x) => this.bookable(x, now));
    return sessionsList({
      feed: this.feed.state,
      upcoming,
      shown: this.shown,
      zone,
      texts: this.texts,
      formatFilter: this.formatFilter,
      audienceFilter: this.audienceFilter,
      linkMissed: this.linkMissed,
      contactEmail: this.contactEmail,
      isFull: (x) => this.isFull(x),
      filter: (key, value) => {
        this[key] = value;
        this.shown = PAGE_SIZE;
      },
      choose: (x, returnTo) => this.choose(x, returnTo),
      showAll: () => ((this.formatFilter = this.audienceFilter = ''), this.focusNext.request('#ts-format')),
      showMore: (from) => ((this.shown += PAGE_SIZE), this.focusNext.request(`#ts-s-${from}`)),
      retry: this.retry,
    });
  }

  private renderBooking(e: Entry, zone: string) {
    const privacy = httpUrl(this.privacyUrl);
    if (!privacy && !this.warnedPrivacy && this.bookable(e)) {
      this.warnedPrivacy = true;
      console.warn('hope-widgets: <hope-training-signup> asks for personal data but has no privacy-url: link your privacy notice.');
    }
    const part = bookingPart.get();
    if (!part) return stillLoading();
    return part.booking({
      e,
      state: this.submission.state,
      busy: this.submission.busy,
      configProblem: Boolean(this.submission.configProblem),
      full: this.isFull(e),
      open: this.bookable(e),
      answers: this.answers,
      errors: this.errors,
      privacy,
      texts: this.texts,
      zone,
      root: this.renderRoot,
      back: this.back,
      set: (key, value) => (this.answers = {...this.answers, [key]: value}),
      submit: this.onSubmit,
      joinWaitingList: () => this.send(e, true),
      bot: (filled) => (this.bot = filled),
    });
  }
}
