import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {msg, str} from '@lit/localize';
import {SendingElement} from '../core/sending-element.js';
import {SubmissionController} from '../core/submission.js';
import {configMessage, deliveryStatus} from '../core/delivery-status.js';
import {errorMessage, errorSummary, honeypot, serverFieldErrors, type FieldError} from '../core/form-kit.js';
import {buttonStyles, formStyles} from '../core/styles.js';
import {clock} from '../core/clock.js';
import {getLocale} from '../core/localization.js';
import {EMAIL, PHONE, feedItems, isOpen, nextTask, readSessionsInSlices, type Entry, type FeedResult, type Skipped, type TrainingSession} from './feed.js';
import {instantText, monthText, rangeText, sameWallTime} from './time.js';
import {deviceTimeZone, intlLocale, isTimeZone, languageName, listText} from '../core/intl.js';
import {SECTORS, audienceLabel, backText, bookText, closedText, placesText, waitingListText, formatLabel, placesLeft, sectorLabel, sessionCount, type Sector} from './labels.js';
import {FIELD_IDS, emptyAnswers, fieldForPointer, toData, validateAnswers, type Answers} from './registration.js';
import {buildIcs, icsFileName} from './ics.js';
import {trainingSignupStyles} from './training-signup.styles.js';

interface CardText {
  when: string;
  /** The same in the session's own time zone, when its clock times differ. */
  local?: string;
  month: string;
  audience: string;
  language?: string;
  bookBy?: string;
}

/** Sessions shown at first, and added by each "Show more sessions". */
export const PAGE_SIZE = 20;

const httpUrl = (value: string | undefined): string | undefined => {
  try {
    const url = new URL(value ?? '', document.baseURI);
    return value && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/**
 * @tag hope-training-signup
 * @summary Lists upcoming "spot the signs" training sessions from a feed, in the person's time
 * zone, with filters and honest places left, and books a place (or the waiting list) through
 * the hope-widgets submission client. On success it offers the session as a calendar file.
 *
 * Put a plain link to the organiser's booking page inside the tag as the no-JavaScript fallback.
 *
 * @fires hope-submit - Once per envelope, before the first attempt; cancelable (the host then takes the envelope over).
 * @fires hope-submitted - The booking was delivered (`detail.reference`).
 * @fires hope-error - `kind: 'submission'` (not delivered yet, or rejected), `kind: 'config'` (no endpoint), or `kind: 'feed'` with `reason` `feed-unavailable`, `invalid-feed` or `invalid-entries` (reported once per load). Never carries what the person typed.
 * @csspart base - The wrapper (carries `lang` and `dir`).
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
 */
export class HopeTrainingSignup extends SendingElement {
  static override styles = [...SendingElement.styles, formStyles, buttonStyles, trainingSignupStyles];

  private readonly submission = new SubmissionController(this, {widget: 'training-signup', schema: 'hope-widgets/training-signup@1'});

  /** URL of a `hope-widgets/training-sessions@1` feed (schemas/training-sessions.schema.json). */
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

  @state() private feed?: FeedResult;
  @state() private loading = false;
  @state() private loadError?: 'unavailable' | 'invalid';
  @state() private formatFilter = '';
  @state() private audienceFilter = '';
  @state() private shown = PAGE_SIZE;
  @state() private selectedId?: string;
  @state() private answers: Answers = emptyAnswers();
  @state() private errors: FieldError[] = [];
  @state() private linkMissed = false;
  @state() private given?: FeedResult;

  /** While sessions are being checked (in slices, never one long task). */
  private reading?: Promise<void>;
  private readToken = 0;
  private preselected = false;
  private readonly fullIds = new Set<string>();
  private readonly closedIds = new Set<string>();
  private bot = false;
  private sentWaiting = false;
  private ics?: {id: string; url: string; name: string};
  private focusNext?: string;
  private seenState = '';
  private returnTo?: string;
  private loader?: AbortController;
  private warnedPrivacy = false;
  /** Formatted texts of each session, for the current language and time zone (formatting 500 dates on every render would be slow). */
  private texts = new WeakMap<Entry, CardText>();
  private textsFor = '';

  // ---- derived ------------------------------------------------------------------------------

  private get entries(): Entry[] {
    return (this.sessions !== undefined ? this.given : this.feed)?.entries ?? [];
  }

  private get ready(): boolean {
    return (this.sessions !== undefined ? this.given : this.feed) !== undefined;
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

  private passesFilters(e: Entry): boolean {
    const f = e.s.format;
    if (this.formatFilter && f !== 'hybrid' && f !== this.formatFilter) return false;
    return !this.audienceFilter || e.s.audience.includes(this.audienceFilter) || e.s.audience.includes('public');
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src && this.sessions === undefined && !this.feed && !this.loading && this.hasUpdated) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loader?.abort();
    this.loading = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sessions')) {
      this.given = undefined;
      const given: unknown = this.sessions;
      const items = Array.isArray(given) ? given : feedItems(given);
      if (items) void this.read(items, (r) => (this.given = r));
      else if (given !== undefined) {
        console.error('hope-widgets: <hope-training-signup> `sessions` must be an array of sessions (schemas/training-sessions.schema.json).');
        this.emit('hope-error', {kind: 'feed', reason: 'invalid-feed'});
        this.given = {entries: [], skipped: []};
      } else if (this.src && !this.feed && !this.loading) void this.reload();
    }
    if (changed.has('src') && this.sessions === undefined) void this.reload();
    if (changed.has('session')) this.preselected = false;
    if (!this.preselected && this.ready && !this.loading) this.preselect();
    this.noteSubmission();
  }

  /** Also waits until given or loaded sessions have been checked (tests and hosts can rely on it). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.reading) {
      await this.reading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Checks sessions without a long task: the first time-zone formatter on a page loads the
   * browser's time-zone data (tens of milliseconds), so that happens in a task of its own, and
   * the sessions are then checked in slices.
   */
  private read(items: readonly unknown[], apply: (r: FeedResult) => void): Promise<void> {
    const token = ++this.readToken;
    const stale = () => token !== this.readToken;
    const reading = (async () => {
      await nextTask();
      if (stale()) return;
      rangeText(0, 1, this.zone());
      await nextTask();
      const result = stale() ? undefined : await readSessionsInSlices(items, stale);
      if (!result || stale()) return;
      apply(result);
      this.report(result.skipped);
    })().catch((e) => console.error('hope-widgets: <hope-training-signup> could not check the sessions.', e));
    this.reading = reading;
    void reading.finally(() => {
      if (this.reading === reading) this.reading = undefined;
      this.requestUpdate();
    });
    return reading;
  }

  protected override updated(): void {
    const st = this.submission.state;
    const key = st.phase + ('id' in st ? st.id : '');
    if (key !== this.seenState) {
      this.seenState = key;
      if (st.phase === 'delivered' && !st.restored) this.focusNext = '.panel-title';
      if (st.phase === 'rejected') this.focusNext = st.error === 'full' || st.error === 'closed' ? '#ts-full' : '[data-error-summary]';
    }
    if (this.focusNext) {
      const target = this.focusNext;
      this.focusNext = undefined;
      const el = this.renderRoot.querySelector<HTMLElement>(target);
      if (el) {
        if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
        el.focus();
      }
    }
  }

  /** Learns from the submission's outcome: a session found full or closed, and the calendar file. */
  private noteSubmission(): void {
    const st = this.submission.state;
    const e = this.selected;
    if (st.phase === 'rejected' && e) {
      if (st.error === 'full') this.fullIds.add(e.s.id);
      if (st.error === 'closed') this.closedIds.add(e.s.id);
    }
    if (st.phase === 'delivered' && e && !this.sentWaiting && this.ics?.id !== st.id) {
      this.dropIcs();
      const o = e.s.organiser;
      const text = buildIcs({
        id: e.s.id,
        start: e.start,
        end: e.end,
        stamp: clock.now(),
        summary: e.s.title,
        description: [
          e.s.description,
          this.referenceText(st.reference),
          e.s.format !== 'in-person' ? msg('The joining link is sent to you by the organiser.', {id: 'training-signup.ics.joining'}) : '',
          o ? [o.name, o.email, o.phone].filter(Boolean).join(', ') : '',
        ].filter(Boolean).join('\n\n'),
        location: this.placeText(e.s),
        organiser: o,
        domain: location.hostname,
      });
      const url = URL.createObjectURL(new Blob([text], {type: 'text/calendar;charset=utf-8'}));
      this.ics = {id: st.id, url, name: icsFileName(e.s.id)};
    }
  }

  private referenceText(reference: string): string {
    return msg(str`Booking reference: ${reference}`, {id: 'training-signup.ics.reference'});
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
  async reload(): Promise<void> {
    this.loader?.abort();
    this.feed = undefined;
    this.loadError = undefined;
    const src = this.src?.trim();
    if (!src) return;
    const loader = (this.loader = new AbortController());
    this.loading = true;
    let status: number | undefined;
    let problem: 'unavailable' | 'invalid' = 'unavailable';
    try {
      const res = await fetch(new URL(src, document.baseURI).href, {
        signal: loader.signal,
        credentials: 'same-origin',
        headers: {Accept: 'application/json'},
      });
      status = res.status;
      if (res.ok) {
        problem = 'invalid';
        const items = feedItems(await res.json());
        if (loader.signal.aborted) return;
        if (items) {
          await this.read(items, (r) => (this.feed = r));
          return;
        }
      }
    } catch {
      /* network error, JSON syntax error or aborted */
    } finally {
      if (this.loader === loader) this.loading = false;
    }
    if (loader.signal.aborted) return;
    this.loadError = problem;
    console.error(`hope-widgets: <hope-training-signup> could not ${problem === 'invalid' ? 'read a training-sessions feed at' : 'load'} ${src}${status ? ` (HTTP ${status})` : ''}.`);
    this.emit('hope-error', {kind: 'feed', reason: problem === 'invalid' ? 'invalid-feed' : 'feed-unavailable', ...(status ? {status} : {})});
  }

  /** Skipped entries are reported once per load: to the console for the site owner, and as one event. */
  private report(skipped: Skipped[]): void {
    if (!skipped.length) return;
    const list = skipped.map((s) => `#${s.index}${s.id ? ` "${s.id}"` : ''}: ${s.problem}`).join('; ');
    console.warn(`hope-widgets: <hope-training-signup> skipped ${skipped.length} session(s) that do not match schemas/training-sessions.schema.json (${list}).`);
    this.emit('hope-error', {kind: 'feed', reason: 'invalid-entries'});
  }

  // ---- actions --------------------------------------------------------------------------------

  private choose(e: Entry, returnTo: string): void {
    this.selectedId = e.s.id;
    this.returnTo = returnTo;
    this.errors = [];
    this.answers = {...this.answers, consentContact: false, consentFuture: false};
    this.linkMissed = false;
    this.submission.reset();
    this.focusNext = '#ts-form-heading';
  }

  private back(): void {
    this.selectedId = undefined;
    this.errors = [];
    if (!this.submission.busy) this.submission.reset();
    this.dropIcs();
    this.focusNext = this.returnTo ?? '#ts-list-heading';
  }

  private set<K extends keyof Answers>(key: K, value: Answers[K]): void {
    this.answers = {...this.answers, [key]: value};
  }

  private onSubmit(ev: Event): void {
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
      this.focusNext = '[data-error-summary]';
      return;
    }
    this.send(e, waiting);
  }

  private send(e: Entry, waiting: boolean): void {
    this.sentWaiting = waiting;
    this.submission.submit(toData(e, this.answers, waiting), {honeypot: this.bot});
  }

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

  override render() {
    const e = this.selected;
    return this.frame(html`
      ${this.languageSwitcherTemplate()}
      ${configMessage(this.submission.configProblem, this.countryCode)}
      ${e ? this.renderBooking(e) : this.renderList()}
      ${deliveryStatus(this.statusShown(), this.countryCode, this.statusWords(e))}
    `);
  }

  /** The full / closed answers get their own notice; the live region stays in place, empty. */
  private statusShown() {
    const st = this.submission.state;
    return st.phase === 'rejected' && (st.error === 'full' || st.error === 'closed') ? {phase: 'idle' as const} : st;
  }

  private contactLine(): TemplateResult | typeof nothing {
    const email = this.contactEmail?.trim();
    if (!email || !EMAIL.test(email)) return nothing;
    return html`<p>
      ${msg('You can also email the organiser:', {id: 'training-signup.contact'})}
      <a href="mailto:${email}" class="ltr"><bdi>${email}</bdi></a>
    </p>`;
  }

  private renderList() {
    if (this.loadError) {
      return html`<div class="notice warning" part="feed-error" id="ts-feed-error">
        <div role="alert">
          <p><strong>${msg('We could not load the training sessions.', {id: 'training-signup.feed.error-title'})}</strong></p>
          <p>
            ${this.loadError === 'invalid'
              ? msg('The list of sessions on this website has a fault. It is not something you did.', {id: 'training-signup.feed.invalid'})
              : msg('Check your internet connection and try again.', {id: 'training-signup.feed.unavailable'})}
          </p>
        </div>
        <button class="button secondary" type="button" @click=${this.retry}>${msg('Try again', {id: 'training-signup.feed.retry'})}</button>
        ${this.contactLine()}
      </div>`;
    }
    if (this.loading || this.reading) return html`<p role="status">${msg('Loading training sessions…', {id: 'training-signup.feed.loading'})}</p>`;
    const now = this.nowMs();
    const upcoming = this.entries.filter((x) => this.bookable(x, now));
    const matching = upcoming.filter((x) => this.passesFilters(x));
    const visible = matching.slice(0, this.shown);
    const zone = this.zone();
    const groups: Array<{month: string; items: Array<[Entry, number]>}> = [];
    visible.forEach((x, i) => {
      const month = this.text(x, zone).month;
      if (groups[groups.length - 1]?.month !== month) groups.push({month, items: []});
      groups[groups.length - 1].items.push([x, i]);
    });
    return html`
      <h2 id="ts-list-heading" tabindex="-1">${msg('Upcoming training sessions', {id: 'training-signup.list.heading'})}</h2>
      ${this.linkMissed
        ? html`<p class="notice">${msg('The session in your link is no longer open for booking. Here are the sessions you can book.', {id: 'training-signup.link-missed'})}</p>`
        : nothing}
      ${upcoming.length
        ? html`${this.renderFilters(upcoming)}
            <p class="count" role="status" aria-live="polite">${sessionCount(matching.length)}</p>
            ${matching.length
              ? nothing
              : html`<p>${msg('No sessions match what you chose.', {id: 'training-signup.list.no-match'})}</p>
                  <button class="button secondary" type="button" @click=${this.showAll}>${msg('Show all sessions', {id: 'training-signup.list.show-all'})}</button>`}
            ${groups.map(
              (g) => html`<h3 class="month">${g.month}</h3>
                <ul class="sessions">
                  ${g.items.map(([x, i]) => guard([x, i, this.isFull(x), zone, this.textsFor, getLocale()], () => this.renderSession(x, i, zone)))}
                </ul>`,
            )}
            ${matching.length > visible.length
              ? html`<button class="button secondary" type="button" @click=${() => this.showMore(visible.length)}>
                  ${msg('Show more sessions', {id: 'training-signup.list.more'})}
                  <span class="visually-hidden">(${this.shownText(visible.length, matching.length)})</span>
                </button>`
              : nothing}`
        : html`<p>${msg('There are no upcoming training sessions to book at the moment.', {id: 'training-signup.list.empty'})}</p>
            ${this.contactLine()}`}
    `;
  }

  private shownText(shown: number, total: number): string {
    return msg(str`${shown} of ${total} shown`, {id: 'training-signup.list.shown'});
  }

  private readonly retry = () => {
    void this.reload().then(() => {
      this.focusNext = this.loadError ? '#ts-feed-error' : '#ts-list-heading';
      this.requestUpdate();
    });
  };

  private readonly showAll = () => {
    this.formatFilter = '';
    this.audienceFilter = '';
    this.focusNext = '#ts-format';
  };

  private showMore(from: number): void {
    this.shown += PAGE_SIZE;
    this.focusNext = `#ts-s-${from}`;
  }

  private renderFilters(upcoming: Entry[]) {
    const online = upcoming.some((x) => x.s.format !== 'in-person');
    const inPerson = upcoming.some((x) => x.s.format !== 'online');
    const audiences = [...new Set(upcoming.flatMap((x) => x.s.audience))].filter((a) => a !== 'public');
    if (!(online && inPerson) && !audiences.length) return nothing;
    const pick = (key: 'formatFilter' | 'audienceFilter') => (ev: Event) => {
      this[key] = (ev.target as HTMLSelectElement).value;
      this.shown = PAGE_SIZE;
    };
    return html`<fieldset class="filters" part="filters">
      <legend class="visually-hidden">${msg('Filter sessions', {id: 'training-signup.filter.legend'})}</legend>
      ${online && inPerson
        ? html`<div class="form-group">
            <label class="label" for="ts-format">${msg('How you take part', {id: 'training-signup.filter.format'})}</label>
            <select id="ts-format" @change=${pick('formatFilter')}>
              <option value="" ?selected=${!this.formatFilter}>${msg('Online or in person', {id: 'training-signup.filter.any-format'})}</option>
              <option value="online" ?selected=${this.formatFilter === 'online'}>${formatLabel('online')}</option>
              <option value="in-person" ?selected=${this.formatFilter === 'in-person'}>${formatLabel('in-person')}</option>
            </select>
          </div>`
        : nothing}
      ${audiences.length
        ? html`<div class="form-group">
            <label class="label" for="ts-audience">${msg('Who it is for', {id: 'training-signup.filter.audience'})}</label>
            <p class="hint" id="ts-audience-hint">${msg('Sessions open to everyone are always shown.', {id: 'training-signup.filter.audience-hint'})}</p>
            <select id="ts-audience" aria-describedby="ts-audience-hint" @change=${pick('audienceFilter')}>
              <option value="" ?selected=${!this.audienceFilter}>${msg('Anyone', {id: 'training-signup.filter.any-audience'})}</option>
              ${audiences.map((a) => html`<option value=${a} ?selected=${this.audienceFilter === a}>${audienceLabel(a)}</option>`)}
            </select>
          </div>`
        : nothing}
    </fieldset>`;
  }

  private placeText(s: TrainingSession): string {
    const venue = s.venue ? [s.venue.name, s.venue.address, s.venue.postcode].filter(Boolean).join(', ') : '';
    const online = s.platform ? `${formatLabel('online')} (${s.platform})` : formatLabel('online');
    return s.format === 'online' ? online : s.format === 'hybrid' ? `${venue} / ${online}` : venue;
  }

  private text(e: Entry, zone: string): CardText {
    const key = `${intlLocale()}|${zone}`;
    if (key !== this.textsFor) {
      this.textsFor = key;
      this.texts = new WeakMap();
    }
    let t = this.texts.get(e);
    if (!t) {
      const s = e.s;
      t = {
        when: rangeText(e.start, e.end, zone),
        local: sameWallTime(e.start, e.end, zone, s.timeZone) ? undefined : rangeText(e.start, e.end, s.timeZone),
        month: monthText(e.start, zone),
        audience: listText(s.audience.map(audienceLabel)),
        language: s.language && languageName(s.language),
        bookBy: e.closes < e.start ? instantText(e.closes, zone) : undefined,
      };
      this.texts.set(e, t);
    }
    return t;
  }

  /** When, where, who for, language, places, booking deadline, organiser. */
  private facts(e: Entry, zone: string, brief = false) {
    const s = e.s;
    const full = this.isFull(e);
    const venue = s.venue;
    const o = s.organiser;
    const t = this.text(e, zone);
    const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
    return html`<dl class="facts">
      ${row(
        msg('When', {id: 'training-signup.fact.when'}),
        html`<time datetime=${s.start}>${t.when}</time>
          ${t.local
            ? html`<span class="hint">${msg('Local time where it is run', {id: 'training-signup.fact.local-time'})}
                (<bdi class="ltr">${s.timeZone}</bdi>): ${t.local}</span>`
            : nothing}`,
      )}
      ${row(
        msg('Where', {id: 'training-signup.fact.where'}),
        html`${s.format === 'hybrid' ? html`<strong>${formatLabel('hybrid')}</strong><br />` : nothing}
        ${venue
          ? html`${venue.name ? html`<bdi>${venue.name}</bdi><br />` : nothing}<span class="address" dir="auto">${venue.address}</span>${venue.postcode
                ? html`<br /><bdi class="ltr">${venue.postcode}</bdi>`
                : nothing}<br />`
          : nothing}
        ${s.format !== 'in-person'
          ? html`${s.format === 'online' ? html`<strong>${formatLabel('online')}</strong>` : nothing}${s.platform ? html` (<bdi>${s.platform}</bdi>)` : nothing}
              <span class="hint">${msg('The joining link is sent to you after booking.', {id: 'training-signup.fact.joining'})}</span>`
          : nothing}`,
      )}
      ${brief ? nothing : row(msg('Who it is for', {id: 'training-signup.fact.audience'}), t.audience)}
      ${t.language ? row(msg('Language', {id: 'training-signup.fact.language'}), t.language) : nothing}
      ${full || typeof s.spacesLeft === 'number'
        ? row(
            placesText(),
            html`<span class="tag">${full ? msg('Full — join the waiting list', {id: 'training-signup.full'}) : placesLeft(s.spacesLeft!)}</span>`,
          )
        : s.capacity
          ? row(placesText(), this.capacityText(s.capacity))
          : nothing}
      ${t.bookBy ? row(msg('Book by', {id: 'training-signup.fact.book-by'}), t.bookBy) : nothing}
      ${o && !brief
        ? row(
            msg('Organiser', {id: 'training-signup.fact.organiser'}),
            html`<bdi>${o.name}</bdi>${o.email ? html`<br /><a href="mailto:${o.email}" class="ltr"><bdi>${o.email}</bdi></a>` : nothing}${o.phone && PHONE.test(o.phone)
              ? html`<br /><a href="tel:${o.phone.replace(/[^\d+]/g, '')}" class="ltr"><bdi>${o.phone}</bdi></a>`
              : nothing}${httpUrl(o.url) ? html`<br /><a href=${httpUrl(o.url)!} rel="noopener noreferrer" class="ltr"><bdi>${o.url}</bdi></a>` : nothing}`,
          )
        : nothing}
    </dl>`;
  }

  private capacityText(capacity: number): string {
    return msg(str`Up to ${capacity} people`, {id: 'training-signup.capacity'});
  }

  private renderSession(e: Entry, i: number, zone: string) {
    const s = e.s;
    const full = this.isFull(e);
    const paragraphs = (s.description ?? '').split(/\n\s*\n/).filter((p) => p.trim());
    const access = s.venue?.accessibility;
    return html`<li class="session ${full ? 'full' : ''}" part="session">
      <h4 class="session-title" id="ts-s-${i}" tabindex="-1" dir="auto">${s.title}</h4>
      ${this.facts(e, zone)}
      ${paragraphs.length || access
        ? html`<details>
            <summary>${msg('More about this session', {id: 'training-signup.more'})}</summary>
            <div class="description">
              ${paragraphs.map((p) => html`<p dir="auto">${p}</p>`)}
              ${access
                ? html`<p><strong>${msg('Access at the venue:', {id: 'training-signup.access'})}</strong> <bdi>${access}</bdi></p>`
                : nothing}
            </div>
          </details>`
        : nothing}
      <button class="button ${full ? 'secondary' : ''}" part="book-button" type="button" @click=${() => this.choose(e, `#ts-s-${i}`)}>
        ${full ? waitingListText() : bookText()}<span
          class="visually-hidden"
          >: ${s.title}</span
        >
      </button>
    </li>`;
  }

  private statusWords(e: Entry | undefined) {
    if (!e) return {};
    const waiting = this.sentWaiting;
    const email = this.answers.email.trim();
    return {
      delivered: waiting
        ? msg('You are on the waiting list', {id: 'training-signup.done.waiting-title'})
        : msg('Booking sent', {id: 'training-signup.done.title'}),
      next: html`<h3 class="summary-title" dir="auto">${e.s.title}</h3>
        ${this.facts(e, this.zone(), true)}
        <p>
          ${waiting
            ? msg('You do not have a place yet. The organiser will contact you if one becomes free, at:', {id: 'training-signup.done.waiting-next'})
            : msg('The organiser will confirm your place by email, at:', {id: 'training-signup.done.next'})}
          <bdi class="ltr">${email}</bdi>
        </p>
        ${this.ics && !waiting
          ? html`<p>
              <a class="button secondary" part="calendar-link" href=${this.ics.url} download=${this.ics.name}>${msg('Add to calendar', {id: 'training-signup.done.calendar'})}</a>
              <span class="hint">${msg('Downloads a calendar file (.ics) for this session.', {id: 'training-signup.done.calendar-hint'})}</span>
            </p>`
          : nothing}
        <button class="button secondary" type="button" @click=${this.back}>${backText()}</button>`,
    };
  }

  private renderBooking(e: Entry) {
    const st = this.submission.state;
    if (st.phase === 'delivered') return nothing;
    const zone = this.zone();
    const waiting = this.isFull(e);
    const open = this.bookable(e);
    const busy = this.submission.busy;
    return html`
      ${busy ? nothing : html`<button type="button" class="link-button back" @click=${this.back}>${backText()}</button>`}
      <h2 id="ts-form-heading" tabindex="-1">
        ${waiting ? waitingListText() : bookText()}
      </h2>
      <div class="summary">
        <h3 class="summary-title" dir="auto">${e.s.title}</h3>
        ${this.facts(e, zone, true)}
      </div>
      ${st.phase === 'rejected' && (st.error === 'full' || st.error === 'closed')
        ? html`<div class="notice warning" part="full-offer" id="ts-full" tabindex="-1" role="alert">
            ${st.error === 'full'
              ? html`<p><strong>${msg('Sorry, this session filled up before your booking arrived.', {id: 'training-signup.full-offer.title'})}</strong></p>
                  <p>${msg('You have not got a place. You can join the waiting list with the answers you have already given: there is nothing to type again.', {id: 'training-signup.full-offer.body'})}</p>
                  <button class="button" type="button" @click=${() => this.send(e, true)}>${waitingListText()}</button>`
              : html`<p><strong>${closedText()}</strong></p>`}
          </div>`
        : nothing}
      ${open
        ? this.renderForm(e, waiting)
        : st.phase === 'rejected' && st.error === 'closed'
          ? nothing
          : html`<p class="notice warning" role="alert">${closedText()}</p>`}
    `;
  }

  private renderForm(e: Entry, waiting: boolean) {
    const st = this.submission.state;
    const errors = this.errors.length
      ? this.errors
      : st.phase === 'rejected'
        ? serverFieldErrors(st.pointers, fieldForPointer)
        : [];
    const errorFor = (key: keyof Answers) => errors.find((x) => x.field === FIELD_IDS[key])?.message;
    const describedBy = (key: keyof Answers, hint = false) =>
      [hint ? `${FIELD_IDS[key]}-hint` : '', errorFor(key) ? `${FIELD_IDS[key]}-error` : ''].filter(Boolean).join(' ') || nothing;
    const a = this.answers;

    const input = (
      key: 'name' | 'email' | 'phone' | 'organisation' | 'role' | 'heard',
      label: string,
      o: {type?: string; autocomplete: string; hint?: string; spellcheck?: boolean; width?: string},
    ) => {
      const id = FIELD_IDS[key];
      return html`<div class="form-group ${errorFor(key) ? 'has-error' : ''}">
        <label class="label" for=${id}>${label}</label>
        ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
        ${errorMessage(id, errorFor(key))}
        <input id=${id} name=${key} type=${o.type ?? 'text'} class=${o.width ?? ''} autocomplete=${o.autocomplete}
          spellcheck=${o.spellcheck === false ? 'false' : nothing}
          .value=${a[key]} aria-describedby=${describedBy(key, Boolean(o.hint))} aria-invalid=${errorFor(key) ? 'true' : nothing}
          @input=${(ev: Event) => this.set(key, (ev.target as HTMLInputElement).value)} />
      </div>`;
    };
    const organiser = e.s.organiser?.name;
    const privacy = httpUrl(this.privacyUrl);
    if (!privacy && !this.warnedPrivacy) {
      this.warnedPrivacy = true;
      console.warn('hope-widgets: <hope-training-signup> asks for personal data but has no privacy-url: link your privacy notice.');
    }
    return html`
      ${errorSummary(errors, this.renderRoot)}
      <form novalidate part="form" @submit=${this.onSubmit}>
        ${input('name', msg('Full name', {id: 'training-signup.field.name'}), {autocomplete: 'name', spellcheck: false})}
        ${input('email', msg('Email address', {id: 'training-signup.field.email'}), {
          type: 'email',
          autocomplete: 'email',
          spellcheck: false,
          hint: msg('The organiser uses this to confirm your booking.', {id: 'training-signup.field.email-hint'}),
        })}
        ${input('phone', msg('Telephone number (optional)', {id: 'training-signup.field.phone'}), {
          type: 'tel',
          autocomplete: 'tel',
          width: 'width-20',
          hint: msg('Only used if the session has to change at short notice.', {id: 'training-signup.field.phone-hint'}),
        })}
        <div class="form-group ${errorFor('sector') ? 'has-error' : ''}">
          <label class="label" for="ts-sector">${msg('Which best describes you?', {id: 'training-signup.field.sector'})}</label>
          ${errorMessage(FIELD_IDS.sector, errorFor('sector'))}
          <select id="ts-sector" name="sector" aria-describedby=${describedBy('sector')} aria-invalid=${errorFor('sector') ? 'true' : nothing}
            @change=${(ev: Event) => this.set('sector', (ev.target as HTMLSelectElement).value as Sector)}>
            <option value="" ?selected=${!a.sector}>${msg('Choose one', {id: 'training-signup.field.sector-choose'})}</option>
            ${SECTORS.map((s) => html`<option value=${s} ?selected=${a.sector === s}>${sectorLabel(s)}</option>`)}
          </select>
        </div>
        ${input('organisation', msg('Organisation you work or volunteer for', {id: 'training-signup.field.organisation'}), {
          autocomplete: 'organization',
          hint: msg('Leave this blank if you are coming as a member of the public.', {id: 'training-signup.field.organisation-hint'}),
        })}
        ${input('role', msg('Your job title or role (optional)', {id: 'training-signup.field.role'}), {autocomplete: 'organization-title'})}
        ${input('heard', msg('How did you hear about this training? (optional)', {id: 'training-signup.field.heard'}), {autocomplete: 'off'})}
        <div class="form-group ${errorFor('requirements') ? 'has-error' : ''}">
          <label class="label" for="ts-requirements">${msg('Accessibility or other requirements (optional)', {id: 'training-signup.field.requirements'})}</label>
          <p class="hint" id="ts-requirements-hint">
            ${msg('For example step-free access, a hearing loop, a sign language interpreter, breaks, or food you cannot eat.', {id: 'training-signup.field.requirements-hint'})}
          </p>
          ${errorMessage(FIELD_IDS.requirements, errorFor('requirements'))}
          <textarea id="ts-requirements" name="requirements" rows="4" autocomplete="off" .value=${a.requirements}
            aria-describedby=${describedBy('requirements', true)} aria-invalid=${errorFor('requirements') ? 'true' : nothing}
            @input=${(ev: Event) => this.set('requirements', (ev.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        <div class="form-group ${errorFor('consentContact') ? 'has-error' : ''}">
          <fieldset aria-describedby=${describedBy('consentContact')}>
            <legend>${msg('Contact', {id: 'training-signup.field.consent-legend'})}</legend>
            ${errorMessage(FIELD_IDS.consentContact, errorFor('consentContact'))}
            <div class="choices">
              <div class="choice">
                <input type="checkbox" id="ts-consent-contact" name="consentContact" .checked=${a.consentContact}
                  aria-invalid=${errorFor('consentContact') ? 'true' : nothing}
                  @change=${(ev: Event) => this.set('consentContact', (ev.target as HTMLInputElement).checked)} />
                <label for="ts-consent-contact">
                  ${organiser
                    ? msg(str`I agree that ${organiser} may contact me about this session`, {id: 'training-signup.field.consent-named'})
                    : msg('I agree that the organiser may contact me about this session', {id: 'training-signup.field.consent'})}
                </label>
              </div>
              <div class="choice">
                <input type="checkbox" id="ts-consent-future" name="consentFuture" .checked=${a.consentFuture}
                  @change=${(ev: Event) => this.set('consentFuture', (ev.target as HTMLInputElement).checked)} />
                <label for="ts-consent-future">${msg('Also tell me about future training (optional)', {id: 'training-signup.field.consent-future'})}</label>
              </div>
            </div>
          </fieldset>
        </div>
        ${privacy
          ? html`<p><a href=${privacy} target="_blank" rel="noopener">${msg('How your information is used (opens in a new tab)', {id: 'training-signup.privacy'})}</a></p>`
          : nothing}
        ${honeypot((filled) => (this.bot = filled))}
        <button class="button" type="submit" part="submit" ?disabled=${Boolean(this.submission.configProblem)}>
          ${waiting ? waitingListText() : msg('Book my place', {id: 'training-signup.submit'})}
        </button>
      </form>
    `;
  }
}
