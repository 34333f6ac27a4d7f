/**
 * The list of sessions: the feed's state (loading, could not load with "Try again"), filters,
 * sessions grouped by month, a page at a time, and the facts of one session.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {msg} from '@lit/localize';
import {getLocale} from '../core/localization.js';
import {dialString, httpUrl, mailtoHref, showsNumber} from '../core/validators.js';
import type {FeedState} from '../core/feed.js';
import {passesFilters, type Entry, type FeedResult} from './feed.js';
import {audienceLabel, bookText, formatLabel, placesLeft, placesText, sessionCount, waitingListText} from './labels.js';
import {capacityText, shownText, type SessionTexts} from './session-text.js';

/** What the list needs from the element: its state, and the actions a person can take. */
export interface ListView {
  feed: FeedState<FeedResult>;
  upcoming: Entry[];
  shown: number;
  zone: string;
  texts: SessionTexts;
  formatFilter: string;
  audienceFilter: string;
  linkMissed: boolean;
  contactEmail?: string;
  isFull(e: Entry): boolean;
  filter(key: 'formatFilter' | 'audienceFilter', value: string): void;
  choose(e: Entry, returnTo: string): void;
  showAll(): void;
  showMore(from: number): void;
  retry(): void;
}

/** The organiser's email, offered when the feed cannot be loaded or has no sessions. */
function contactLine(email: string | undefined): TemplateResult | typeof nothing {
  const href = mailtoHref(email?.trim());
  if (!href) return nothing;
  return html`<p>
    ${msg('You can also email the organiser:', {id: 'training-signup.contact'})}
    <a href=${href} class="ltr"><bdi>${email!.trim()}</bdi></a>
  </p>`;
}

export function sessionsList(v: ListView) {
  const feed = v.feed;
  if (feed.status === 'failed') {
    return html`<div class="notice warning" part="feed-error" id="ts-feed-error">
      <div role="alert">
        <p><strong>${msg('We could not load the training sessions.', {id: 'training-signup.feed.error-title'})}</strong></p>
        <p>
          ${feed.reason === 'invalid-feed'
            ? msg('The list of sessions on this website has a fault. It is not something you did.', {id: 'training-signup.feed.invalid'})
            : msg('Check your internet connection and try again.', {id: 'training-signup.feed.unavailable'})}
        </p>
      </div>
      <button class="button secondary" type="button" @click=${v.retry}>${msg('Try again', {id: 'training-signup.feed.retry'})}</button>
      ${contactLine(v.contactEmail)}
    </div>`;
  }
  if (feed.status !== 'ready') return html`<p role="status">${msg('Loading training sessions…', {id: 'training-signup.feed.loading'})}</p>`;
  const matching = v.upcoming.filter((x) => passesFilters(x, v.formatFilter, v.audienceFilter));
  const visible = matching.slice(0, v.shown);
  const groups: Array<{month: string; items: Array<[Entry, number]>}> = [];
  visible.forEach((x, i) => {
    const month = v.texts.get(x, v.zone).month;
    if (groups[groups.length - 1]?.month !== month) groups.push({month, items: []});
    groups[groups.length - 1].items.push([x, i]);
  });
  return html`
    <h2 id="ts-list-heading" tabindex="-1">${msg('Upcoming training sessions', {id: 'training-signup.list.heading'})}</h2>
    ${v.linkMissed
      ? html`<p class="notice">${msg('The session in your link is no longer open for booking. Here are the sessions you can book.', {id: 'training-signup.link-missed'})}</p>`
      : nothing}
    ${v.upcoming.length
      ? html`${filters(v)}
          <p class="count" role="status" aria-live="polite">${sessionCount(matching.length)}</p>
          ${matching.length
            ? nothing
            : html`<p>${msg('No sessions match what you chose.', {id: 'training-signup.list.no-match'})}</p>
                <button class="button secondary" type="button" @click=${v.showAll}>${msg('Show all sessions', {id: 'training-signup.list.show-all'})}</button>`}
          ${groups.map(
            (g) => html`<h3 class="month">${g.month}</h3>
              <ul class="sessions">
                ${g.items.map(([x, i]) => guard([x, i, v.isFull(x), v.zone, v.texts.key, getLocale()], () => session(v, x, i)))}
              </ul>`,
          )}
          ${matching.length > visible.length
            ? html`<button class="button secondary" type="button" @click=${() => v.showMore(visible.length)}>
                ${msg('Show more sessions', {id: 'training-signup.list.more'})}
                <span class="visually-hidden">(${shownText(visible.length, matching.length)})</span>
              </button>`
            : nothing}`
      : html`<p>${msg('There are no upcoming training sessions to book at the moment.', {id: 'training-signup.list.empty'})}</p>
          ${contactLine(v.contactEmail)}`}
  `;
}

function filters(v: ListView) {
  const online = v.upcoming.some((x) => x.s.format !== 'in-person');
  const inPerson = v.upcoming.some((x) => x.s.format !== 'online');
  const audiences = [...new Set(v.upcoming.flatMap((x) => x.s.audience))].filter((a) => a !== 'public');
  if (!(online && inPerson) && !audiences.length) return nothing;
  const pick = (key: 'formatFilter' | 'audienceFilter') => (ev: Event) => v.filter(key, (ev.target as HTMLSelectElement).value);
  return html`<fieldset class="filters" part="filters">
    <legend class="visually-hidden">${msg('Filter sessions', {id: 'training-signup.filter.legend'})}</legend>
    ${online && inPerson
      ? html`<div class="form-group">
          <label class="label" for="ts-format">${msg('How you take part', {id: 'training-signup.filter.format'})}</label>
          <select id="ts-format" @change=${pick('formatFilter')}>
            <option value="" ?selected=${!v.formatFilter}>${msg('Online or in person', {id: 'training-signup.filter.any-format'})}</option>
            <option value="online" ?selected=${v.formatFilter === 'online'}>${formatLabel('online')}</option>
            <option value="in-person" ?selected=${v.formatFilter === 'in-person'}>${formatLabel('in-person')}</option>
          </select>
        </div>`
      : nothing}
    ${audiences.length
      ? html`<div class="form-group">
          <label class="label" for="ts-audience">${msg('Who it is for', {id: 'training-signup.filter.audience'})}</label>
          <p class="hint" id="ts-audience-hint">${msg('Sessions open to everyone are always shown.', {id: 'training-signup.filter.audience-hint'})}</p>
          <select id="ts-audience" aria-describedby="ts-audience-hint" @change=${pick('audienceFilter')}>
            <option value="" ?selected=${!v.audienceFilter}>${msg('Anyone', {id: 'training-signup.filter.any-audience'})}</option>
            ${audiences.map((a) => html`<option value=${a} ?selected=${v.audienceFilter === a}>${audienceLabel(a)}</option>`)}
          </select>
        </div>`
      : nothing}
  </fieldset>`;
}

function session(v: ListView, e: Entry, i: number) {
  const s = e.s;
  const full = v.isFull(e);
  const paragraphs = (s.description ?? '').split(/\n\s*\n/).filter((p) => p.trim());
  const access = s.venue?.accessibility;
  return html`<li class="session ${full ? 'full' : ''}" part="session">
    <h4 class="session-title" id="ts-s-${i}" tabindex="-1" dir="auto">${s.title}</h4>
    ${facts(e, full, v.texts, v.zone)}
    ${paragraphs.length || access
      ? html`<details>
          <summary>${msg('More about this session', {id: 'training-signup.more'})}</summary>
          <div class="description">
            ${paragraphs.map((p) => html`<p dir="auto">${p}</p>`)}
            ${access ? html`<p><strong>${msg('Access at the venue:', {id: 'training-signup.access'})}</strong> <bdi>${access}</bdi></p>` : nothing}
          </div>
        </details>`
      : nothing}
    <button class="button ${full ? 'secondary' : ''}" part="book-button" type="button" @click=${() => v.choose(e, `#ts-s-${i}`)}>
      ${full ? waitingListText() : bookText()}<span class="visually-hidden">: ${s.title}</span>
    </button>
  </li>`;
}

/** A phone link whose text is what the person sees; the number dialled is shown beside it when it differs. */
function phoneLink(phone: string) {
  const dial = dialString(phone);
  return html`<a href="tel:${dial}" class="ltr"><bdi>${phone}</bdi></a>${showsNumber(phone, dial) ? nothing : html` <span class="ltr">(<bdi>${dial}</bdi>)</span>`}`;
}

/** When, where, who for, language, places, booking deadline, organiser (`brief`: for the form and the confirmation). */
export function facts(e: Entry, full: boolean, texts: SessionTexts, zone: string, brief = false) {
  const s = e.s;
  const venue = s.venue;
  const o = s.organiser;
  const t = texts.get(e, zone);
  const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
  const mail = mailtoHref(o?.email);
  const web = httpUrl(o?.url, {absolute: true});
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
      ? row(placesText(), html`<span class="tag">${full ? msg('Full — join the waiting list', {id: 'training-signup.full'}) : placesLeft(s.spacesLeft!)}</span>`)
      : s.capacity
        ? row(placesText(), capacityText(s.capacity))
        : nothing}
    ${t.bookBy ? row(msg('Book by', {id: 'training-signup.fact.book-by'}), t.bookBy) : nothing}
    ${o && !brief
      ? row(
          msg('Organiser', {id: 'training-signup.fact.organiser'}),
          html`<bdi>${o.name}</bdi>${mail ? html`<br /><a href=${mail} class="ltr"><bdi>${o.email}</bdi></a>` : nothing}${o.phone
            ? html`<br />${phoneLink(o.phone)}`
            : nothing}${web ? html`<br /><a href=${web} rel="noopener noreferrer" class="ltr"><bdi>${o.url}</bdi></a>` : nothing}`,
        )
      : nothing}
  </dl>`;
}
