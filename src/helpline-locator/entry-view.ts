/**
 * One helpline as the person sees it: name, who runs it, badges, whether it is open now, its
 * languages and its channels as working links. The text of a number is the number dialled, or
 * the number dialled is shown beside it.
 */
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {dateTimeFormat, languageName} from '../core/intl.js';
import {showsNumber} from '../core/validators.js';
import {openState, wallMinutes} from './hours.js';
import {channelLabel} from './labels.js';
import {channelHref, localText} from './links.js';
import type {Channel, Helpline, Hours} from './types.js';

const MINUTE = 60_000;

export interface EntryContext {
  now: number;
  locale: string;
  /** The zone opening times are shown in (default: the device's). */
  timeZone?: string;
  /** The key of the number just copied. */
  copied?: string;
  copy(text: string, key: string): void;
}

const format = (cx: EntryContext, options: Intl.DateTimeFormatOptions) => dateTimeFormat({...options, timeZone: options.timeZone ?? cx.timeZone});

function hoursLine(hours: Hours, cx: EntryContext) {
  const now = cx.now;
  const s = openState(hours, now);
  let text: string;
  if (s.always) text = msg('Open 24/7', {id: 'helpline-locator.hours.always'});
  else if (s.next === undefined) text = s.open ? msg('Open now', {id: 'helpline-locator.hours.open'}) : msg('Closed', {id: 'helpline-locator.hours.closed'});
  else {
    const time = format(cx, {hour: 'numeric', minute: '2-digit'}).format(s.next);
    const zone = format(cx, {}).resolvedOptions().timeZone;
    const days = Math.floor(wallMinutes(s.next, zone) / 1440) - Math.floor(wallMinutes(Math.floor(now / MINUTE) * MINUTE, zone) / 1440);
    const day = days ? format(cx, days < 6 ? {weekday: 'long'} : {weekday: 'long', day: 'numeric', month: 'long'}).format(s.next) : '';
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

export function entry(h: Helpline, emergency: boolean, cx: EntryContext) {
  const locale = cx.locale;
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
    ${h.hours ? hoursLine(h.hours, cx) : html`<p class="hours unknown" part="hours">${msg('Opening hours not known', {id: 'helpline-locator.hours.unknown'})}</p>`}
    ${languages.length || h.languages?.includes('interpreters')
      ? html`<p class="meta">
          ${spoken ? msg(str`Languages: ${spoken}`, {id: 'helpline-locator.languages'}) : ''}
          ${h.languages?.includes('interpreters') ? msg('Interpreters available.', {id: 'helpline-locator.interpreters'}) : ''}
        </p>`
      : nothing}
    <ul class="channels" role="list">${h.channels.map((c, i) => channel(c, `${h.id}:${i}`, i === 0, emergency, cx))}</ul>
    <p class="source">
      ${msg('Details checked:', {id: 'helpline-locator.checked'})}
      <a href=${h.source} rel="noreferrer">${isNaN(checked.getTime()) ? h.checked : format(cx, {dateStyle: 'medium', timeZone: 'UTC'}).format(checked)}</a>
    </p>
  </li>`;
}

function channel(c: Channel, key: string, first: boolean, emergency: boolean, cx: EntryContext) {
  const href = channelHref(c);
  if (!href) return nothing;
  // Long numbers get a copy button; short codes (999, 85258) are easy to remember.
  const isNumber = /^\+?[\d\s()-]+$/.test(c.value) && c.value.replace(/\D/g, '').length > 6;
  const own = c.label ? localText(c.label, cx.locale) : undefined;
  const label = own ? own.text : channelLabel(c.type);
  const shown = c.display ?? (c.type === 'web' || c.type === 'chat' ? new URL(href).host : c.value);
  const dial = href.startsWith('tel:') || href.startsWith('sms:') ? href.slice(4) : undefined;
  const beside = dial && !showsNumber(shown, dial) ? dial : undefined;
  const kind = first ? (emergency ? 'button warning' : 'button') : 'button secondary';
  return html`<li class="channel">
    <a class=${kind} part="channel" href=${href} rel=${ifDefined(href.startsWith('https:') ? 'noreferrer' : undefined)}>
      <span lang=${ifDefined(own?.lang)}>${label}</span> <bdi class="ltr">${shown}</bdi>${beside ? html` <bdi class="ltr dialled">(${beside})</bdi>` : nothing}
    </a>
    ${isNumber
      ? html`<button type="button" class="button secondary copy" part="copy" @click=${() => cx.copy(beside ?? shown, key)}>
          ${cx.copied === key
            ? msg('Copied', {id: 'helpline-locator.copy.done'})
            : html`${msg('Copy number', {id: 'helpline-locator.copy'})}<span class="visually-hidden"> <bdi>${shown}</bdi></span>`}
        </button>`
      : nothing}
    ${c.hours ? hoursLine(c.hours, cx) : nothing}
  </li>`;
}
