import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {SendingElement} from '../core/sending-element.js';
import {getLocale} from '../core/localization.js';
import {dateTimeFormat, languageName, numberText} from '../core/intl.js';
import {clock} from '../core/clock.js';
import {buttonStyles, formStyles} from '../core/styles.js';
import {locatorStyles} from './helpline-locator.styles.js';
import {BUILT_IN, isBuiltInEmergency} from './data.js';
import {channelHref, localText} from './links.js';
import type {FeedCheck} from './feed.js';
import {isOpen, openState, wallMinutes} from './hours.js';
import {countryList, countryName, deviceSignals, fold, guessCountry} from './country.js';
import {channelLabel, topicLabel} from './labels.js';
import type {CallbackForm} from './callback-form.js';
import {TOPICS, type Channel, type Helpline, type HelplineFeed, type Hours, type Text, type Topic} from './types.js';

interface View {
  emergency: Helpline[];
  /** Every other helpline for the country. */
  here: Helpline[];
  /** What the filters let through, pinned first. */
  list: Helpline[];
  topics: Topic[];
  languages: string[];
}

const MINUTE = 60_000;
/** The feed check loads only when a page adds helplines. */
const check = (input: unknown): Promise<FeedCheck> => import('./feed.js').then((m) => m.checkFeed(input));

/**
 * @tag hope-helpline-locator
 * @summary Who to contact, now, in my language: emergency numbers and helplines for the
 * person's country, whether each is open now, free and confidential, as working links.
 *
 * Put the UK helpline inside the tag as fallback content; it shows until the element upgrades,
 * and stays if the script fails:
 * `<hope-helpline-locator><a href="tel:+448000121700">Modern Slavery & Exploitation Helpline: 08000 121 700</a></hope-helpline-locator>`.
 *
 * @fires hope-error - `{kind: 'feed', reason: 'feed-unavailable' | 'invalid-feed', status?}` once per feed load that failed or held invalid entries (the valid ones are shown); `{kind: 'submission' | 'config', …}` from the call-back form.
 * @fires hope-submit - Before a call-back request is first sent (cancelable: the host takes it over).
 * @fires hope-submitted - A call-back request was delivered.
 * @csspart base - The wrapper (carries `lang` and `dir`).
 * @csspart country - The "help for people in" line and its change button.
 * @csspart country-picker - The country search and list.
 * @csspart emergency - The emergency numbers (never filtered).
 * @csspart filters - Search, topic, language and "open now".
 * @csspart count - How many helplines are shown (a live region).
 * @csspart list - The list of helplines.
 * @csspart entry - One helpline.
 * @csspart channel - A call, text, chat, email or web link.
 * @csspart copy - A "copy number" button.
 * @csspart hours - "Open now — closes at …" and the like.
 * @csspart more - The "show more" button.
 * @csspart callback - The call-back section (only with `endpoint` or `deliver`).
 * @csspart callback-form - The call-back form.
 * @csspart status - The call-back delivery status (a live region).
 * @csspart config-message - Shown when the call-back form has no usable endpoint.
 * @cssproperty --hope-color-emergency - Border and call button of emergency entries (default #d4351c).
 * @cssproperty --hope-color-open - "Open now" text (default #00703c).
 * @cssproperty --hope-color-border - Entry borders (default #b1b4b6).
 * @cssproperty --hope-color-badge - Badge background (default #f3f2f1).
 * @cssproperty --hope-color-pinned - Border of pinned entries (default #1d70b8).
 * @cssproperty --hope-space - Base spacing (default 1rem).
 */
export class HopeHelplineLocator extends SendingElement {
  static override styles = [...SendingElement.styles, formStyles, buttonStyles, locatorStyles];

  /**
   * ISO 3166-1 alpha-2 country whose helplines are shown first. Empty (the default): guessed
   * from the device's time zone, then the browser's language region, else GB. The person can
   * always change it.
   */
  @property() override country = '';

  /** URL of a `hope-widgets/helplines@1` feed (schemas/helplines.schema.json) that adds helplines. */
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

  @state() private chosenCountry?: string;
  @state() private picking = false;
  @state() private countryQuery = '';
  @state() private query = '';
  @state() private topic: Topic | '' = '';
  @state() private language = '';
  @state() private openNow = false;
  @state() private pages = 1;
  @state() private feedEntries: Helpline[] = [];
  @state() private propEntries: Helpline[] = [];
  @state() private loading = false;
  @state() private incomplete = {src: false, prop: false};
  @state() private announcement = '';
  @state() private copied?: string;
  @state() private tick = 0;

  private callback?: CallbackForm;
  private callbackLoading?: Promise<void>;
  private runs = {src: 0, prop: 0};
  private pending = new Set<Promise<void>>();
  private guessed?: string;
  private timer?: ReturnType<typeof setInterval>;
  private focusNext?: string;
  private merged?: {key: unknown[]; value: Helpline[]};
  private viewed?: {key: unknown[]; value: View};
  private hay = new WeakMap<Helpline, {locale: string; text: string}>();

  /** Resolves when the feeds being loaded (`src`, `helplines`) have been checked and shown. */
  get feedComplete(): Promise<void> {
    return this.updateComplete
      .then(() => Promise.all(this.pending))
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => this.now === undefined && this.tick++, 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('country')) this.chosenCountry = undefined;
    if (changed.has('src')) this.track(this.loadSrc());
    if (changed.has('helplines')) this.track(this.loadProperty());
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

  protected override updated(): void {
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
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

  private track(load: Promise<void>) {
    this.pending.add(load);
    void load.finally(() => this.pending.delete(load));
  }

  private async loadSrc(): Promise<void> {
    const run = ++this.runs.src;
    this.feedEntries = [];
    this.incomplete = {...this.incomplete, src: false};
    const src = this.src?.trim();
    this.loading = Boolean(src);
    if (!src) return;
    let result: FeedCheck;
    let reason = 'invalid-feed';
    let status: number | undefined;
    try {
      const response = await fetch(new URL(src, document.baseURI), {credentials: 'omit', headers: {Accept: 'application/json'}});
      status = response.status;
      if (!response.ok) throw new Error(`HTTP ${status}`);
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      result = json === undefined ? {items: [], problems: ['is not JSON'], complete: false} : await check(json);
    } catch (e) {
      reason = 'feed-unavailable';
      result = {items: [], problems: [`could not be loaded (${(e as Error).message})`], complete: false};
    }
    if (run !== this.runs.src) return;
    await this.index(result.items);
    if (run !== this.runs.src) return;
    this.loading = false;
    this.feedEntries = result.items;
    this.report(`the helplines feed "${src}"`, result, reason, status, 'src');
  }

  private async loadProperty(): Promise<void> {
    const run = ++this.runs.prop;
    const result = this.helplines === undefined ? {items: [], problems: [], complete: true} : await check(this.helplines);
    if (run !== this.runs.prop) return;
    await this.index(result.items);
    if (run !== this.runs.prop) return;
    this.propEntries = result.items;
    this.report('the helplines property', result, 'invalid-feed', undefined, 'prop');
  }

  private report(what: string, result: FeedCheck, reason: string, status: number | undefined, which: 'src' | 'prop') {
    this.incomplete = {...this.incomplete, [which]: !result.complete};
    if (!result.problems.length) return;
    const shown = result.problems.slice(0, 20).map((p) => `\n  - ${p}`).join('');
    const more = result.problems.length > 20 ? `\n  … and ${result.problems.length - 20} more` : '';
    console.error(`hope-widgets: <${this.localName}> ${what} has problems; showing its valid entries and the emergency numbers:${shown}${more}`);
    this.emit('hope-error', {kind: 'feed', reason, status, willRetry: false});
  }

  /** Built-in entries and the host's, by id: a host entry may replace a built-in helpline, never an emergency number. */
  private all(): Helpline[] {
    const key = [this.feedEntries, this.propEntries, this.merge];
    if (this.merged?.key.every((k, i) => k === key[i])) return this.merged.value;
    const out = this.merge === 'replace' ? BUILT_IN.filter(isBuiltInEmergency) : [...BUILT_IN];
    const at = new Map(out.map((h, i) => [h.id, i]));
    for (const h of [...this.propEntries, ...this.feedEntries]) {
      const i = at.get(h.id);
      if (i === undefined) at.set(h.id, out.push(h) - 1);
      else if (BUILT_IN.includes(out[i]) && !isBuiltInEmergency(out[i])) out[i] = h;
    }
    this.merged = {key, value: out};
    return out;
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

  private view(cc: string, now: number): View {
    const locale = getLocale();
    const key = [this.all(), cc, this.query, this.topic, this.language, this.openNow, Math.floor(now / MINUTE), locale];
    if (this.viewed?.key.every((k, i) => k === key[i])) return this.viewed.value;
    const local = this.all().filter((h) => h.countries.includes(cc));
    const emergency = local.filter((h) => h.topics.includes('emergency'));
    const here = local.filter((h) => !h.topics.includes('emergency'));
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    const language = this.language;
    const open = (hours: Hours | undefined) => hours !== undefined && isOpen(hours, now);
    const list = here.filter(
      (h) =>
        (!this.topic || h.topics.includes(this.topic)) &&
        (!language || !h.languages?.length || h.languages.some((l) => l === 'interpreters' || l.split('-')[0].toLowerCase() === language)) &&
        (!this.openNow || !h.hours || open(h.hours) || h.channels.some((c) => open(c.hours))) &&
        (!words.length || words.every((w) => this.haystack(h, locale).includes(w))),
    );
    const topics = TOPICS.filter((t) => t !== 'emergency' && here.some((h) => h.topics.includes(t)));
    const languages = [...new Set(here.flatMap((h) => h.languages ?? []).map((l) => l.split('-')[0].toLowerCase()))].filter((l) => l !== 'interpreters');
    const value = {emergency, here, list: [...list.filter((h) => h.pinned), ...list.filter((h) => !h.pinned)], topics, languages};
    this.viewed = {key, value};
    return value;
  }

  /** Prepares the search text of many entries in slices, so that the first letter typed never blocks the page. */
  private async index(entries: Helpline[]) {
    const locale = getLocale();
    for (let i = 0; i < entries.length; i += 250) {
      if (i) await new Promise((resolve) => setTimeout(resolve));
      for (const h of entries.slice(i, i + 250)) this.haystack(h, locale);
    }
  }

  /** Everything a search can match in an entry, folded: every translation of its texts, topics, numbers. */
  private haystack(h: Helpline, locale: string): string {
    let hay = this.hay.get(h);
    if (hay?.locale !== locale) {
      const texts = (t: Text | undefined): string[] => (t === undefined ? [] : typeof t === 'function' ? [t()] : typeof t === 'string' ? [t] : Object.values(t));
      const text = fold(
        [
          ...texts(h.name), h.organisation ?? '', ...texts(h.description), ...(h.regions ?? []).flatMap(texts), ...h.topics.map(topicLabel),
          ...h.channels.flatMap((c) => [c.value, c.display ?? '', (c.display ?? c.value).replace(/\D/g, ''), ...texts(c.label)]),
        ].join(' '),
      );
      this.hay.set(h, (hay = {locale, text}));
    }
    return hay.text;
  }

  // ---- time ------------------------------------------------------------------------------

  /** A formatter in the person's regional locale and the element's time zone (core/intl.ts caches it). */
  private format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return dateTimeFormat({...options, timeZone: options.timeZone ?? this.timeZone});
  }

  private hoursLine(hours: Hours, now: number) {
    const s = openState(hours, now);
    let text: string;
    if (s.always) text = msg('Open 24/7', {id: 'helpline-locator.hours.always'});
    else if (s.next === undefined) text = s.open ? msg('Open now', {id: 'helpline-locator.hours.open'}) : msg('Closed', {id: 'helpline-locator.hours.closed'});
    else {
      const time = this.format({hour: 'numeric', minute: '2-digit'}).format(s.next);
      const zone = this.format({}).resolvedOptions().timeZone;
      const days = Math.floor(wallMinutes(s.next, zone) / 1440) - Math.floor(wallMinutes(Math.floor(now / MINUTE) * MINUTE, zone) / 1440);
      const day = days ? this.format(days < 6 ? {weekday: 'long'} : {weekday: 'long', day: 'numeric', month: 'long'}).format(s.next) : '';
      text = s.open
        ? day
          ? msg(str`Open now — closes ${day} at ${time}`, {id: 'helpline-locator.hours.closes-day'})
          : msg(str`Open now — closes at ${time}`, {id: 'helpline-locator.hours.closes'})
        : day
          ? msg(str`Closed — opens ${day} at ${time}`, {id: 'helpline-locator.hours.opens-day'})
          : msg(str`Closed — opens at ${time}`, {id: 'helpline-locator.hours.opens'});
    }
    return html`<p class="hours ${s.open ? 'open' : 'closed'}" part="hours">${text}</p>`;
  }

  // ---- actions ---------------------------------------------------------------------------

  private async copy(text: string, key: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = key;
      this.announcement = msg(str`Copied ${text}`, {id: 'helpline-locator.copied'});
      setTimeout(() => this.copied === key && (this.copied = undefined), 4000);
    } catch {
      this.announcement = msg(str`Could not copy. The number is ${text}.`, {id: 'helpline-locator.copy-failed'});
    }
  }

  private pickCountry(e: Event) {
    e.preventDefault();
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#country-select');
    if (!select?.value) return;
    this.chosenCountry = select.value;
    this.picking = false;
    this.countryQuery = this.topic = this.language = '';
    this.pages = 1;
    const name = countryName(select.value, getLocale());
    this.announcement = msg(str`Showing help in ${name}.`, {id: 'helpline-locator.country.changed'});
    this.focusNext = '#country-change';
  }

  private clearFilters() {
    this.query = this.topic = this.language = '';
    this.openNow = false;
    this.pages = 1;
    this.focusNext = '#search';
  }

  private showMore(list: Helpline[]) {
    const first = list[this.pages * this.perPage];
    this.pages++;
    if (first) this.focusNext = `#h-${first.id}`;
  }

  private filter<K extends 'query' | 'topic' | 'language'>(key: K) {
    return (e: Event) => {
      (this as unknown as Record<K, string>)[key] = (e.target as HTMLInputElement).value;
      this.pages = 1;
    };
  }

  // ---- rendering -------------------------------------------------------------------------

  override render() {
    const locale = getLocale();
    const cc = this.activeCountry;
    const now = this.time;
    const place = countryName(cc, locale);
    const v = this.view(cc, now);
    const visible = v.list.slice(0, this.pages * this.perPage);
    const filtering = Boolean(this.query || this.topic || this.language || this.openNow);
    const [shown, total] = [numberText(visible.length), numberText(v.list.length)];
    return this.frame(html`
      ${this.languageSwitcherTemplate()}
      <h2 class="title">${msg('Who can help', {id: 'helpline-locator.title'})}</h2>
      <div class="country" part="country">
        <p>${msg('Help for people in:', {id: 'helpline-locator.country.label'})} <strong>${place}</strong></p>
        <button id="country-change" type="button" class="link-button" aria-expanded=${this.picking ? 'true' : 'false'} aria-controls=${ifDefined(this.picking ? 'country-picker' : undefined)}
          @click=${() => ((this.picking = !this.picking), this.picking && (this.focusNext = '#country-search'))}>
          ${msg('Change country', {id: 'helpline-locator.country.change'})}
        </button>
      </div>
      ${this.picking ? this.renderPicker(cc, locale) : nothing}
      <div class="emergency" part="emergency">
        ${v.emergency.length
          ? html`<ul class="entries" role="list">${v.emergency.map((h) => this.renderEntry(h, now, locale, true))}</ul>`
          : html`<p class="notice warning">${msg(str`We do not have a checked emergency number for ${place}. If you are in danger, call your local emergency number.`, {id: 'helpline-locator.no-emergency'})}</p>`}
      </div>
      ${this.incomplete.src || this.incomplete.prop
        ? html`<p class="notice">${msg('Some helplines could not be loaded, so this list may be incomplete.', {id: 'helpline-locator.feed-incomplete'})}</p>`
        : nothing}
      ${v.here.length > 3 || filtering ? this.renderFilters(v, locale) : nothing}
      <p class="count" part="count" role="status">
        ${this.loading ? msg('Loading more helplines…', {id: 'helpline-locator.loading'}) : ''}
        ${!v.here.length
          ? this.loading ? '' : msg(str`We have no other helplines for ${place} yet.`, {id: 'helpline-locator.none-here'})
          : !v.list.length
            ? msg('No helplines match. Emergency numbers are always shown.', {id: 'helpline-locator.no-match'})
            : visible.length < v.list.length
              ? msg(str`Showing ${shown} of ${total} helplines`, {id: 'helpline-locator.count.partial'})
              : msg(str`Helplines found: ${total}`, {id: 'helpline-locator.count.all'})}
      </p>
      ${v.here.length && !v.list.length
        ? html`<button type="button" class="button secondary" @click=${this.clearFilters}>${msg('Clear search and filters', {id: 'helpline-locator.clear-filters'})}</button>`
        : nothing}
      ${visible.length ? html`<ul class="entries" part="list" role="list">${visible.map((h) => this.renderEntry(h, now, locale, false))}</ul>` : nothing}
      ${visible.length < v.list.length
        ? html`<button type="button" class="button secondary" part="more" @click=${() => this.showMore(v.list)}>
            ${msg('Show more helplines', {id: 'helpline-locator.more'})}
          </button>`
        : nothing}
      ${this.callback?.render(cc) ?? nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `);
  }

  private renderPicker(cc: string, locale: string) {
    const known = new Set(this.all().flatMap((h) => h.countries));
    const q = fold(this.countryQuery.trim());
    const all = countryList(locale, [...known, cc]);
    const options = q ? all.filter((c) => fold(c.name).includes(q) || c.code.toLowerCase() === q || fold(countryName(c.code, 'en')).includes(q)) : all;
    return html`<form id="country-picker" class="picker" part="country-picker" @submit=${this.pickCountry}>
      <div class="form-group">
        <label class="label" for="country-search">${msg('Search for a country', {id: 'helpline-locator.country.search'})}</label>
        <input id="country-search" type="search" autocomplete="off" .value=${this.countryQuery}
          @input=${(e: Event) => (this.countryQuery = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="form-group">
        <label class="label" for="country-select">${msg('Country', {id: 'helpline-locator.country.select'})}</label>
        ${options.length
          ? html`<select id="country-select" autocomplete="off">
              ${options.map((c) => html`<option value=${c.code} .selected=${c.code === cc}>${c.name}</option>`)}
            </select>`
          : html`<p class="hint">${msg('No country matches your search.', {id: 'helpline-locator.country.none'})}</p>`}
      </div>
      <div class="button-group">
        <button class="button" type="submit" ?disabled=${!options.length}>${msg('Show help in this country', {id: 'helpline-locator.country.apply'})}</button>
        <button class="link-button" type="button" @click=${() => ((this.picking = false), (this.focusNext = '#country-change'))}>
          ${msg('Cancel', {id: 'helpline-locator.cancel'})}
        </button>
      </div>
    </form>`;
  }

  private renderFilters(v: View, locale: string) {
    const languages = v.languages.map((code) => ({code, name: languageName(code, locale)})).sort((a, b) => a.name.localeCompare(b.name, locale));
    return html`<form class="filters" part="filters" role="search" aria-label=${msg('Find a helpline', {id: 'helpline-locator.filters.label'})}
      @submit=${(e: Event) => e.preventDefault()}>
      <div class="form-group">
        <label class="label" for="search">${msg('Search', {id: 'helpline-locator.filters.search'})}</label>
        <input id="search" type="search" autocomplete="off" .value=${this.query} @input=${this.filter('query')} />
      </div>
      <div class="form-group">
        <label class="label" for="topic">${msg('What do you need help with?', {id: 'helpline-locator.filters.topic'})}</label>
        <select id="topic" autocomplete="off" @change=${this.filter('topic')}>
          <option value="" .selected=${!this.topic}>${msg('Anything', {id: 'helpline-locator.filters.any-topic'})}</option>
          ${v.topics.map((t) => html`<option value=${t} .selected=${t === this.topic}>${topicLabel(t)}</option>`)}
        </select>
      </div>
      ${languages.length
        ? html`<div class="form-group">
            <label class="label" for="language">${msg('Language spoken', {id: 'helpline-locator.filters.language'})}</label>
            <select id="language" autocomplete="off" @change=${this.filter('language')}>
              <option value="" .selected=${!this.language}>${msg('Any language', {id: 'helpline-locator.filters.any-language'})}</option>
              ${languages.map((l) => html`<option value=${l.code} .selected=${l.code === this.language}>${l.name}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="choice">
        <input id="open-now" type="checkbox" .checked=${this.openNow}
          @change=${(e: Event) => ((this.openNow = (e.target as HTMLInputElement).checked), (this.pages = 1))} />
        <label for="open-now">${msg('Open now', {id: 'helpline-locator.filters.open-now'})}</label>
      </div>
      <p class="hint">${msg('Helplines whose languages or opening hours we do not know are always shown.', {id: 'helpline-locator.filters.hint'})}</p>
    </form>`;
  }

  private renderEntry(h: Helpline, now: number, locale: string, emergency: boolean) {
    const name = localText(h.name, locale);
    const description = localText(h.description, locale);
    const regions = (h.regions ?? []).map((r) => localText(r, locale).text).join(', ');
    const languages = (h.languages ?? []).filter((l) => l !== 'interpreters');
    const from = localText(h.freeFrom, locale).text;
    const organisation = h.organisation;
    const spoken = languages.map((l) => languageName(l, locale)).join(', ');
    const badges = [
      h.free && (from ? msg(str`Free ${from}`, {id: 'helpline-locator.badge.free-from'}) : msg('Free', {id: 'helpline-locator.badge.free'})),
      h.confidential && msg('Confidential', {id: 'helpline-locator.badge.confidential'}),
      h.anonymous && msg('You can stay anonymous', {id: 'helpline-locator.badge.anonymous'}),
    ].filter(Boolean);
    const checked = new Date(`${h.checked}T12:00:00Z`);
    return html`<li class="entry${emergency ? ' is-emergency' : ''}${h.pinned ? ' is-pinned' : ''}" part="entry">
      <h3 id="h-${h.id}" tabindex="-1" lang=${ifDefined(name.lang)}>${name.text}</h3>
      ${h.example ? html`<p class="example"><strong>${msg('Example only: not a real helpline.', {id: 'helpline-locator.example'})}</strong></p>` : nothing}
      ${organisation ? html`<p class="meta">${msg(str`Run by ${organisation}`, {id: 'helpline-locator.organisation'})}</p>` : nothing}
      ${regions ? html`<p class="meta">${msg(str`Covers: ${regions}`, {id: 'helpline-locator.regions'})}</p>` : nothing}
      ${description.text ? html`<p lang=${ifDefined(description.lang)}>${description.text}</p>` : nothing}
      ${badges.length ? html`<ul class="badges" role="list">${badges.map((b) => html`<li>${b}</li>`)}</ul>` : nothing}
      ${h.hours ? this.hoursLine(h.hours, now) : html`<p class="hours unknown" part="hours">${msg('Opening hours not known', {id: 'helpline-locator.hours.unknown'})}</p>`}
      ${languages.length || h.languages?.includes('interpreters')
        ? html`<p class="meta">
            ${spoken ? msg(str`Languages: ${spoken}`, {id: 'helpline-locator.languages'}) : ''}
            ${h.languages?.includes('interpreters') ? msg('Interpreters available.', {id: 'helpline-locator.interpreters'}) : ''}
          </p>`
        : nothing}
      <ul class="channels" role="list">${h.channels.map((c, i) => this.renderChannel(c, `${h.id}:${i}`, i === 0, emergency, now, locale))}</ul>
      <p class="source">
        ${msg('Details checked:', {id: 'helpline-locator.checked'})}
        <a href=${h.source} rel="noreferrer">${isNaN(checked.getTime()) ? h.checked : this.format({dateStyle: 'medium', timeZone: 'UTC'}).format(checked)}</a>
      </p>
    </li>`;
  }

  private renderChannel(c: Channel, key: string, first: boolean, emergency: boolean, now: number, locale: string) {
    const href = channelHref(c);
    if (!href) return nothing;
    // Long numbers get a copy button; short codes (999, 85258) are easy to remember.
    const isNumber = /^\+?[\d\s()-]+$/.test(c.value) && c.value.replace(/\D/g, '').length > 6;
    const label = c.label ? localText(c.label, locale).text : channelLabel(c.type);
    const shown = c.display ?? (c.type === 'web' || c.type === 'chat' ? new URL(href).host : c.value);
    const kind = first ? (emergency ? 'button warning' : 'button') : 'button secondary';
    return html`<li class="channel">
      <a class=${kind} part="channel" href=${href} rel=${ifDefined(href.startsWith('https:') ? 'noreferrer' : undefined)}>
        <span>${label}</span> <bdi class="ltr">${shown}</bdi>
      </a>
      ${isNumber
        ? html`<button type="button" class="button secondary copy" part="copy" @click=${() => this.copy(shown, key)}>
            ${this.copied === key
              ? msg('Copied', {id: 'helpline-locator.copy.done'})
              : html`${msg('Copy number', {id: 'helpline-locator.copy'})}<span class="visually-hidden"> <bdi>${shown}</bdi></span>`}
          </button>`
        : nothing}
      ${c.hours ? this.hoursLine(c.hours, now) : nothing}
    </li>`;
  }
}
