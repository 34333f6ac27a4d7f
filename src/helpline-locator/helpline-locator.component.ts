import {copyText} from '../core/clipboard.js';
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {WidgetElement} from '../core/widget-element.js';
import {visibleText} from '../core/read-aloud.js';
import {getLocale} from '../core/localization.js';
import {clock} from '../core/clock.js';
import {FeedController} from '../core/feed.js';
import {FocusAfterUpdate} from '../core/focus.js';
import {numberText} from '../core/intl.js';
import {buttonStyles, formStyles, reserveSpace} from '../core/styles.js';
import {locatorStyles} from './helpline-locator.styles.js';
import {BUILT_IN, isBuiltInEmergency} from './data.js';
import type {FeedCheck} from './feed.js';
import {countryName, deviceSignals, guessCountry} from './country.js';
import type {CallbackForm} from './callback-form.js';
import {HelplineSearch} from './search.js';
import {entry, type EntryContext} from './entry-view.js';
import {filters, picker} from './search-view.js';
import type {Helpline, HelplineFeed, Topic} from './types.js';

/** The largest helplines feed read; a larger one is refused as a fault of the site. */
export const MAX_FEED_BYTES = 1024 * 1024;

/** The feed check loads only when a page adds helplines. */
const check = (input: unknown): Promise<FeedCheck> => import('./feed.js').then((m) => m.checkFeed(input));

/**
 * Who to contact, now, in my language: emergency numbers and helplines for the
 * person's country, whether each is open now, free and confidential, as working links.
 *
 * Put the UK helpline inside the tag as fallback content; it shows until the element upgrades,
 * and stays if the script fails:
 * `<hope-helpline-locator><a href="tel:+448000121700">Modern Slavery & Exploitation Helpline: 08000 121 700</a></hope-helpline-locator>`.
 *
 * @tag hope-helpline-locator
 * @summary Who to contact, now, in my language: emergency numbers and helplines for the
 * person's country, whether each is open now, free and confidential, as working links.
 * @fires {CustomEvent<HopeEventDetail>} hope-error - `{kind: 'feed', reason: 'feed-unavailable' | 'invalid-feed', status?, willRetry: false}` once per feed load that failed (no answer, an HTTP error, no answer within 15 s, not JSON, larger than 1 MB, a `__proto__`/`constructor`/`prototype` key) or held invalid entries (the valid ones are shown); `{kind: 'submission' | 'config', …}` from the call-back form.
 * @fires {CustomEvent<HopeEventDetail>} hope-submit - Before a call-back request is first sent. Not cancelable (hosts that deliver themselves set `deliver`).
 * @fires {CustomEvent<HopeEventDetail>} hope-submitted - A call-back request was delivered.
 * @csspart base - The wrapper (carries `lang` and `dir`).
 * @csspart read-aloud - The Listen / Stop button (shown only when the device has a voice for the page's language).
 * @csspart language-switcher - The language switcher (absent with `language-switcher="off"`).
 * @csspart not-sent - "It has not been sent": the endpoint refused it or is misconfigured; shows the helpline.
 * @csspart country - The "help for people in" line and its change button.
 * @csspart country-picker - The country search and list.
 * @csspart emergency - The emergency numbers (never filtered).
 * @csspart filters - Search, topic, language and "open now".
 * @csspart count - How many helplines are shown (a live region).
 * @csspart feed-error - Said when a feed could not be loaded or left entries out.
 * @csspart retry - "Try again", when the `src` feed could not be loaded.
 * @csspart list - The list of helplines.
 * @csspart entry - One helpline.
 * @csspart channel - A call, text, chat, email or web link.
 * @csspart copy - A "copy number" button.
 * @csspart hours - "Open now — closes at …" and the like.
 * @csspart more - The "show more" button.
 * @csspart callback - The call-back section (only with `endpoint` or `deliver`).
 * @csspart callback-form - The call-back form.
 * @csspart callback-open - The "Ask for a call back" button that opens the form.
 * @csspart callback-send - The call-back form's send button.
 * @csspart status - The call-back delivery status (a live region).
 * @csspart error-summary - "There is a problem" above the call-back form, with links to the fields.
 * @csspart confirmation - The "Sent" panel with the reference, after a call-back request.
 * @csspart config-message - Shown when the call-back form has no usable endpoint.
 * @cssproperty --hope-color-emergency - Border and call button of emergency entries (default #d4351c).
 * @cssproperty --hope-color-open - "Open now" text (default #00703c).
 * @cssproperty --hope-color-border - Entry borders (default #b1b4b6).
 * @cssproperty --hope-color-badge - Badge background (default #f3f2f1).
 * @cssproperty --hope-color-pinned - Border of pinned entries (default #1d70b8).
 * @cssproperty --hope-space - Base spacing (default 1rem).
 * @cssproperty --hope-color-focus - Focus highlight (default #ffdd00).
 * @cssproperty --hope-color-secondary-text - Hints and captions (default #484949).
 * @cssproperty --hope-color-error - The "Example only: not a real helpline" warning (default #d4351c).
 */
export class HopeHelplineLocator extends WidgetElement {
  static override styles = [...WidgetElement.styles, formStyles, buttonStyles, locatorStyles, reserveSpace('helpline-locator')];

  /**
   * ISO 3166-1 alpha-2 country whose helplines are shown first. Empty (the default): guessed
   * from the device's time zone, then the browser's language region, else GB. The person can
   * always change it.
   */
  @property() override country = '';

  /** URL of a `hope-widgets/helplines@1` feed (schemas/helplines.schema.json, at most 1 MB) that adds helplines. */
  @property() src?: string;

  /** Helplines added by script: a `hope-widgets/helplines@1` feed object or a list of its entries, checked like a feed. */
  @property({attribute: false}) helplines?: HelplineFeed | Helpline[];

  /** `extend` (default): feeds add to the built-in helplines. `replace`: only the built-in emergency numbers are kept. */
  @property() merge: 'extend' | 'replace' = 'extend';

  /** A fixed current time (a Date or ms since the epoch) for demos and tests. Default: the device's clock, re-checked every 30 s. */
  @property({attribute: false}) now?: Date | number;

  /** IANA time zone opening times are shown in. Default: the device's. */
  @property({attribute: 'time-zone'}) timeZone?: string;

  /** How many helplines are shown before "Show more" (default 20). */
  @property({type: Number, attribute: 'page-size'}) pageSize = 20;

  /** Id of the helpline call-back requests are for, sent as `helplineId`. */
  @property({attribute: 'callback-helpline'}) callbackHelpline?: string;

  /** The `src` feed (`.srcFeed.timeout` is the 15 s limit). */
  readonly srcFeed = new FeedController<FeedCheck>(this, {what: 'the helplines feed', maxBytes: MAX_FEED_BYTES, credentials: 'omit', read: (json) => this.read(json, 'src')});
  /** The `helplines` property, checked exactly like a feed. */
  readonly propertyFeed = new FeedController<FeedCheck>(this, {what: 'the helplines property', maxBytes: MAX_FEED_BYTES, read: (json) => this.read(json, 'property')});

  @state() private chosenCountry?: string;
  @state() private picking = false;
  @state() private countryQuery = '';
  @state() private query = '';
  @state() private topic: Topic | '' = '';
  @state() private language = '';
  @state() private openNow = false;
  @state() private pages = 1;
  @state() private announcement = '';
  @state() private copied?: string;
  @state() private tick = 0;

  private readonly focusNext = new FocusAfterUpdate(this);
  private readonly search = new HelplineSearch();
  private callback?: CallbackForm;
  private callbackLoading?: Promise<void>;
  private guessed?: string;
  private timer?: ReturnType<typeof setInterval>;
  private merged?: {key: unknown[]; value: Helpline[]};

  /** Resolves when the feeds being loaded (`src`, `helplines`) have been checked and shown. */
  get feedComplete(): Promise<void> {
    return this.updateComplete
      .then(() => Promise.all([this.srcFeed.settled, this.propertyFeed.settled]))
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => this.now === undefined && this.tick++, 30_000);
    if (!this.hasUpdated) this.srcFeed.prefetch(this.src);
    // Back on the page after a load was cut short by leaving it.
    if (this.hasUpdated && this.src && this.srcFeed.state.status === 'idle') void this.srcFeed.load(this.src);
    if (this.hasUpdated && this.helplines && this.propertyFeed.state.status === 'idle') void this.propertyFeed.give(this.helplines);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('country')) this.chosenCountry = undefined;
    if (changed.has('src')) void this.srcFeed.load(this.src);
    if (changed.has('helplines')) void this.propertyFeed.give(this.helplines);
    if (!this.callbackLoading && (this.endpoint !== undefined || this.deliver)) {
      // The form and the sending client load only for pages that ask for call-backs.
      this.callbackLoading = import('./callback-form.js').then(
        (m) => {
          this.callback = new m.CallbackForm(this);
          this.requestUpdate();
        },
        (e) => console.error('hope-widgets: the call-back form could not be loaded', e),
      );
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.callbackLoading && !this.callback) {
      await this.callbackLoading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Forget every choice and everything typed (quick exit). */
  override clear(): void {
    this.chosenCountry = this.copied = undefined;
    this.picking = this.openNow = false;
    this.countryQuery = this.query = this.topic = this.language = this.announcement = '';
    this.pages = 1;
    this.callback?.clear();
  }

  // ---- data ------------------------------------------------------------------------------

  /** Checks a feed, prepares its search text, and reports entries left out (once per load). */
  private async read(json: unknown, from: 'src' | 'property'): Promise<FeedCheck> {
    const result = await check(json);
    await this.search.index(result.items);
    if (result.problems.length) {
      const shown = result.problems.slice(0, 20).map((p) => `\n  - ${p}`).join('');
      const more = result.problems.length > 20 ? `\n  … and ${result.problems.length - 20} more` : '';
      const what = from === 'src' ? `the helplines feed "${this.src?.trim()}"` : 'the helplines property';
      console.error(`hope-widgets: <${this.localName}> ${what} has problems; showing its valid entries and the emergency numbers:${shown}${more}`);
      this.emit('hope-error', {kind: 'feed', reason: 'invalid-feed', willRetry: false});
    }
    return result;
  }

  /** Built-in entries and the host's, by id: a host entry may replace a built-in helpline, never an emergency number. */
  private all(): Helpline[] {
    const fromSrc = this.srcFeed.value?.items;
    const fromProperty = this.propertyFeed.value?.items;
    const key = [fromSrc, fromProperty, this.merge];
    if (this.merged?.key.every((k, i) => k === key[i])) return this.merged.value;
    const out = this.merge === 'replace' ? BUILT_IN.filter(isBuiltInEmergency) : [...BUILT_IN];
    const at = new Map(out.map((h, i) => [h.id, i]));
    for (const h of [...(fromProperty ?? []), ...(fromSrc ?? [])]) {
      const i = at.get(h.id);
      if (i === undefined) at.set(h.id, out.push(h) - 1);
      else if (BUILT_IN.includes(out[i]) && !isBuiltInEmergency(out[i])) out[i] = h;
    }
    this.merged = {key, value: out};
    return out;
  }

  /** A feed failed or left entries out: the list may be incomplete. */
  private get incomplete(): boolean {
    return [this.srcFeed, this.propertyFeed].some((f) => f.state.status === 'failed' || (f.value && !f.value.complete));
  }

  private get activeCountry(): string {
    const attr = this.country.trim().toUpperCase();
    const cc = this.chosenCountry ?? (attr || (this.guessed ??= guessCountry(deviceSignals())));
    return cc === 'UK' ? 'GB' : cc;
  }

  private get perPage(): number {
    return this.pageSize > 0 ? Math.floor(this.pageSize) : 20;
  }

  private get time(): number {
    return this.now === undefined ? clock.now() : +this.now;
  }

  // ---- actions ---------------------------------------------------------------------------

  private readonly copy = async (text: string, key: string) => {
    try {
      await copyText(text);
      this.copied = key;
      this.announcement = msg(str`Copied ${text}`, {id: 'helpline-locator.copied'});
      setTimeout(() => this.copied === key && (this.copied = undefined), 4000);
    } catch {
      this.announcement = msg(str`Could not copy. The number is ${text}.`, {id: 'helpline-locator.copy-failed'});
    }
  };

  private readonly pickCountry = (e: Event) => {
    e.preventDefault();
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#country-select');
    if (!select?.value) return;
    this.chosenCountry = select.value;
    this.picking = false;
    this.countryQuery = this.topic = this.language = '';
    this.pages = 1;
    const name = countryName(select.value, getLocale());
    this.announcement = msg(str`Showing help in ${name}.`, {id: 'helpline-locator.country.changed'});
    this.focusNext.request('#country-change');
  };

  private clearFilters() {
    this.query = this.topic = this.language = '';
    this.openNow = false;
    this.pages = 1;
    this.focusNext.request('#search');
  }

  private showMore(list: Helpline[]) {
    const first = list[this.pages * this.perPage];
    this.pages++;
    if (first) this.focusNext.request(`#h-${first.id}`);
  }

  private readonly retry = () => {
    void this.srcFeed.retry().then(() => this.focusNext.request(this.srcFeed.state.status === 'failed' ? '#feed-error' : '#count'));
  };

  // ---- rendering -------------------------------------------------------------------------

  /** Listen: each listed helpline's name, hours and numbers (the first three). */
  protected override readAloudText(): string {
    return [...this.renderRoot.querySelectorAll('li.entry')]
      .slice(0, 3)
      .map((entry) => visibleText(entry, 'h3, [part=hours], a[part=channel]'))
      .join('. ');
  }

  override render() {
    const locale = getLocale();
    const cc = this.activeCountry;
    const now = this.time;
    const place = countryName(cc, locale);
    const v = this.search.view(this.all(), cc, {query: this.query, topic: this.topic, language: this.language, openNow: this.openNow}, now);
    const visible = v.list.slice(0, this.pages * this.perPage);
    const filtering = Boolean(this.query || this.topic || this.language || this.openNow);
    const [shown, total] = [numberText(visible.length), numberText(v.list.length)];
    const loading = this.srcFeed.state.status === 'loading' || this.propertyFeed.state.status === 'loading';
    const cx: EntryContext = {now, locale, timeZone: this.timeZone, copied: this.copied, copy: this.copy};
    return this.frame(html`
      ${this.languageSwitcherTemplate()}
      <h2 class="title">${msg('Who can help', {id: 'helpline-locator.title'})}</h2>
      <div class="country" part="country">
        <p>${msg('Help for people in:', {id: 'helpline-locator.country.label'})} <strong>${place}</strong></p>
        <button id="country-change" type="button" class="link-button" aria-expanded=${this.picking ? 'true' : 'false'} aria-controls=${ifDefined(this.picking ? 'country-picker' : undefined)}
          @click=${() => ((this.picking = !this.picking), this.picking && this.focusNext.request('#country-search'))}>
          ${msg('Change country', {id: 'helpline-locator.country.change'})}
        </button>
      </div>
      ${this.picking
        ? picker({
            cc,
            locale,
            known: [...new Set(this.all().flatMap((h) => h.countries))],
            query: this.countryQuery,
            onQuery: (q) => (this.countryQuery = q),
            pick: this.pickCountry,
            cancel: () => ((this.picking = false), this.focusNext.request('#country-change')),
          })
        : nothing}
      <div class="emergency" part="emergency">
        ${v.emergency.length
          ? html`<ul class="entries" role="list">${v.emergency.map((h) => entry(h, true, cx))}</ul>`
          : html`<p class="notice warning">${msg(str`We do not have a checked emergency number for ${place}. If you are in danger, call your local emergency number.`, {id: 'helpline-locator.no-emergency'})}</p>`}
      </div>
      ${this.incomplete
        ? html`<p class="notice" part="feed-error" id="feed-error" tabindex="-1">
              ${msg('Some helplines could not be loaded, so this list may be incomplete.', {id: 'helpline-locator.feed-incomplete'})}
            </p>
            ${this.srcFeed.state.status === 'failed'
              ? html`<button type="button" class="button secondary" part="retry" @click=${this.retry}>${msg('Try again', {id: 'helpline-locator.feed-retry'})}</button>`
              : nothing}`
        : nothing}
      ${v.here.length > 3 || filtering
        ? filters({
            view: v,
            locale,
            query: this.query,
            topic: this.topic,
            language: this.language,
            openNow: this.openNow,
            set: (key, value) => {
              (this as unknown as Record<string, string>)[key] = value;
              this.pages = 1;
            },
            setOpenNow: (on) => ((this.openNow = on), (this.pages = 1)),
          })
        : nothing}
      <p class="count" part="count" id="count" role="status">
        ${loading ? msg('Loading more helplines…', {id: 'helpline-locator.loading'}) : ''}
        ${!v.here.length
          ? loading ? '' : msg(str`We have no other helplines for ${place} yet.`, {id: 'helpline-locator.none-here'})
          : !v.list.length
            ? msg('No helplines match. Emergency numbers are always shown.', {id: 'helpline-locator.no-match'})
            : visible.length < v.list.length
              ? msg(str`Showing ${shown} of ${total} helplines`, {id: 'helpline-locator.count.partial'})
              : msg(str`Helplines found: ${total}`, {id: 'helpline-locator.count.all'})}
      </p>
      ${v.here.length && !v.list.length
        ? html`<button type="button" class="button secondary" @click=${this.clearFilters}>${msg('Clear search and filters', {id: 'helpline-locator.clear-filters'})}</button>`
        : nothing}
      ${visible.length ? html`<ul class="entries" part="list" role="list">${visible.map((h) => entry(h, false, cx))}</ul>` : nothing}
      ${visible.length < v.list.length
        ? html`<button type="button" class="button secondary" part="more" @click=${() => this.showMore(v.list)}>
            ${msg('Show more helplines', {id: 'helpline-locator.more'})}
          </button>`
        : nothing}
      ${this.callback?.render(cc) ?? nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `);
  }
}
