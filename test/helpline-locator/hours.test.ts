import {fixture, html, expect} from '@open-wc/testing';
import '../../src/helpline-locator/index.js';
import type {HopeHelplineLocator} from '../../src/helpline-locator/index.js';
import {isOpen, openState, instantOf, wallMinutes} from '../../src/helpline-locator/hours.js';
import type {Helpline, WeeklyHours} from '../../src/helpline-locator/types.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {textOf, waitFor} from '../helpers.js';

const utc = (iso: string) => Date.parse(iso);
const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString().slice(0, 16));
const weekdays: WeeklyHours['weekly'][number]['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const office = (timeZone: string, open = '09:00', close = '17:00'): WeeklyHours => ({timeZone, weekly: [{days: weekdays, open, close}]});

describe('opening hours (in the helpline’s time zone)', () => {
  it('24/7 is always open', () => {
    expect(openState('24/7', utc('2026-01-01T03:00Z'))).to.deep.equal({open: true, always: true});
  });

  it('London office hours in winter (GMT) and in summer (BST)', () => {
    const winter = openState(office('Europe/London'), utc('2026-01-14T10:00Z')); // Wednesday
    expect(winter.open).to.equal(true);
    expect(iso(winter.next)).to.equal('2026-01-14T17:00');
    const summer = openState(office('Europe/London'), utc('2026-07-15T10:00Z')); // 11:00 BST
    expect(summer.open).to.equal(true);
    expect(iso(summer.next)).to.equal('2026-07-15T16:00');
    const early = openState(office('Europe/London'), utc('2026-07-15T07:30Z')); // 08:30 BST
    expect(early.open).to.equal(false);
    expect(iso(early.next)).to.equal('2026-07-15T08:00');
  });

  it('closed at the weekend: opens on Monday', () => {
    const s = openState(office('Europe/London'), utc('2026-01-17T12:00Z')); // Saturday
    expect(s.open).to.equal(false);
    expect(iso(s.next)).to.equal('2026-01-19T09:00');
  });

  it('across the spring daylight-saving change (London, 29 March 2026)', () => {
    const s = openState(office('Europe/London'), utc('2026-03-28T23:00Z')); // Saturday 23:00 GMT
    expect(s.open).to.equal(false);
    expect(iso(s.next)).to.equal('2026-03-30T08:00'); // Monday 09:00 BST
    const night = {timeZone: 'Europe/London', weekly: [{days: ['sat' as const], open: '22:00', close: '06:00'}]};
    const during = openState(night, utc('2026-03-28T23:00Z'));
    expect(during.open).to.equal(true);
    expect(iso(during.next)).to.equal('2026-03-29T05:00'); // 06:00 BST: the night was an hour shorter
    expect(openState(night, utc('2026-03-29T04:30Z')).open).to.equal(true); // 05:30 BST
    expect(openState(night, utc('2026-03-29T05:00Z')).open).to.equal(false);
  });

  it('across the autumn daylight-saving change (London, 25 October 2026)', () => {
    const s = openState(office('Europe/London'), utc('2026-10-24T20:00Z')); // Saturday 21:00 BST
    expect(iso(s.next)).to.equal('2026-10-26T09:00'); // Monday 09:00 GMT
    const night = {timeZone: 'Europe/London', weekly: [{days: ['sat' as const], open: '22:00', close: '06:00'}]};
    const during = openState(night, utc('2026-10-24T21:30Z')); // 22:30 BST
    expect(during.open).to.equal(true);
    expect(iso(during.next)).to.equal('2026-10-25T06:00'); // 06:00 GMT: an hour longer
  });

  it('a range past midnight belongs to the day it starts', () => {
    const night = {timeZone: 'Europe/London', weekly: [{days: ['fri' as const, 'sat' as const], open: '22:00', close: '06:00'}]};
    const saturdayEarly = openState(night, utc('2026-01-17T03:00Z'));
    expect(saturdayEarly).to.deep.equal({open: true, next: utc('2026-01-17T06:00Z')});
    const sundayEarly = openState(night, utc('2026-01-18T03:00Z'));
    expect(sundayEarly.open).to.equal(true);
    expect(iso(sundayEarly.next)).to.equal('2026-01-18T06:00');
    const mondayEarly = openState(night, utc('2026-01-19T03:00Z'));
    expect(mondayEarly.open).to.equal(false);
    expect(iso(mondayEarly.next)).to.equal('2026-01-23T22:00');
    // Friday 22:00 to Saturday 06:00 joins Saturday 22:00 only if they touch: they do not.
    const saturdayEvening = openState(night, utc('2026-01-17T21:00Z'));
    expect(iso(saturdayEvening.next)).to.equal('2026-01-17T22:00');
  });

  it('joins ranges that meet at midnight, and knows a line open all week round the clock', () => {
    const split = {timeZone: 'Europe/Paris', weekly: [{days: ['mon' as const], open: '18:00', close: '24:00'}, {days: ['tue' as const], open: '00:00', close: '08:00'}]};
    const s = openState(split, utc('2026-01-12T22:00Z')); // Monday 23:00 in Paris
    expect(s.open).to.equal(true);
    expect(iso(s.next)).to.equal('2026-01-13T07:00'); // Tuesday 08:00 CET
    const always = {timeZone: 'Europe/Paris', weekly: [{days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as WeeklyHours['weekly'][number]['days'], open: '00:00', close: '24:00'}]};
    expect(openState(always, utc('2026-01-12T22:00Z'))).to.deep.equal({open: true, always: true});
  });

  it('dated exceptions: closed on Christmas Day, open on a special Sunday', () => {
    const hours: WeeklyHours = {...office('Europe/London'), exceptions: [{date: '2026-12-25', closed: true}, {date: '2026-12-27', open: '10:00', close: '14:00'}]};
    const christmas = openState(hours, utc('2026-12-25T10:00Z'));
    expect(christmas.open).to.equal(false);
    expect(iso(christmas.next)).to.equal('2026-12-27T10:00');
    const sunday = openState(hours, utc('2026-12-27T11:00Z'));
    expect(sunday.open).to.equal(true);
    expect(iso(sunday.next)).to.equal('2026-12-27T14:00');
  });

  it('several time zones: New York after its own DST change, Dhaka, Sydney in its summer', () => {
    const ny = openState(office('America/New_York'), utc('2026-03-09T13:30Z')); // Monday 09:30 EDT
    expect(ny.open).to.equal(true);
    expect(iso(ny.next)).to.equal('2026-03-09T21:00');
    const dhaka = openState({timeZone: 'Asia/Dhaka', weekly: [{days: ['sun', 'mon', 'tue', 'wed', 'thu'], open: '09:00', close: '17:00'}]}, utc('2026-01-15T02:00Z'));
    expect(dhaka.open).to.equal(false); // Thursday 08:00 in Dhaka
    expect(iso(dhaka.next)).to.equal('2026-01-15T03:00');
    const sydney = openState(office('Australia/Sydney'), utc('2026-01-14T23:00Z')); // Thursday 10:00 AEDT
    expect(sydney.open).to.equal(true);
    expect(iso(sydney.next)).to.equal('2026-01-15T06:00');
  });

  it('converts a local time that a DST change skips to the first instant after it', () => {
    const wall = Date.UTC(2026, 2, 29, 1, 30) / 60_000; // 01:30 on 29 March 2026 does not exist in London
    expect(iso(instantOf(wall, 'Europe/London'))).to.equal('2026-03-29T01:30'); // 02:30 BST
    expect(wallMinutes(utc('2026-03-29T01:30Z'), 'Europe/London')).to.equal(Date.UTC(2026, 2, 29, 2, 30) / 60_000);
  });

  it('the quick "open now" check agrees with the full one, minute by minute across a DST change', () => {
    const sets: WeeklyHours[] = [
      office('Europe/London'),
      {timeZone: 'Europe/London', weekly: [{days: ['fri', 'sat'], open: '22:00', close: '06:00'}, {days: ['sun'], open: '01:30', close: '02:30'}]},
      {timeZone: 'America/New_York', weekly: [{days: ['mon', 'wed'], open: '18:00', close: '24:00'}, {days: ['tue'], open: '00:00', close: '08:00'}], exceptions: [{date: '2026-03-09', closed: true}]},
      {timeZone: 'Asia/Kolkata', weekly: [{days: ['sun'], open: '09:30', close: '09:30'}]},
    ];
    const start = utc('2026-03-05T00:00Z');
    for (let t = start; t < start + 14 * 86_400_000; t += 17 * 60_000) {
      for (const hours of sets) expect(isOpen(hours, t), `${hours.timeZone} ${iso(t)}`).to.equal(openState(hours, t).open);
    }
  });

  it('a helpline with no opening in the coming week is closed with no next opening', () => {
    expect(openState({timeZone: 'Europe/London', weekly: []}, utc('2026-01-14T10:00Z'))).to.deep.equal({open: false});
  });
});

describe('hope-helpline-locator: opening hours as the person sees them', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  const line = (hours: WeeklyHours): Helpline => ({
    id: 'office-line',
    name: 'Office line',
    countries: ['GB'],
    topics: ['modern-slavery'],
    channels: [{type: 'phone', value: '+442079460100'}],
    hours,
    source: 'https://example.org',
    checked: '2026-11-01',
    example: true,
  });

  async function shown(hours: WeeklyHours, now: string, timeZone: string, locale = 'en') {
    const el = await fixture<HopeHelplineLocator>(html`<hope-helpline-locator country="GB" locale=${locale} time-zone=${timeZone}></hope-helpline-locator>`);
    el.now = new Date(now);
    el.helplines = [line(hours)];
    await el.feedComplete;
    await waitFor(() => el.shadowRoot!.querySelector('[part=base]')?.getAttribute('lang') === locale, {message: locale});
    await el.updateComplete;
    return textOf(el.shadowRoot!.querySelector('#h-office-line')!.closest('li')!.querySelector('[part=hours]'));
  }

  it('"Open now — closes at …" in the person’s time zone', async () => {
    expect(await shown(office('Europe/London'), '2026-07-15T10:00Z', 'Europe/London')).to.match(/^Open now — closes at 5:00\sPM$/);
    // A New York line seen from London: 17:00 EST is 22:00 in London.
    expect(await shown(office('America/New_York'), '2026-01-14T15:00Z', 'Europe/London')).to.match(/^Open now — closes at 10:00\sPM$/);
  });

  it('"Closed — opens Monday at …" across a weekend, and "opens at" later today', async () => {
    expect(await shown(office('Europe/London'), '2026-01-17T12:00Z', 'Europe/London')).to.match(/^Closed — opens Monday at 9:00\sAM$/);
    expect(await shown(office('Europe/London'), '2026-01-14T07:00Z', 'Europe/London')).to.match(/^Closed — opens at 9:00\sAM$/);
    // Seen from Dhaka (UTC+6) the same opening is 15:00 on Monday.
    expect(await shown(office('Europe/London'), '2026-01-17T12:00Z', 'Asia/Dhaka')).to.match(/^Closed — opens Monday at 3:00\sPM$/);
  });

  it('uses a 24-hour clock and Polish day names on a Polish page', async () => {
    const text = await shown(office('Europe/Warsaw'), '2026-01-17T12:00Z', 'Europe/Warsaw', 'pl');
    expect(text).to.contain('09:00'.replace(/^0/, '')); // 9:00 or 09:00
    expect(text).to.contain('poniedziałek');
    expect(text).not.to.match(/AM|PM/);
  });

  it('updates as time passes', async () => {
    const el = await fixture<HopeHelplineLocator>(html`<hope-helpline-locator country="GB" time-zone="Europe/London"></hope-helpline-locator>`);
    el.helplines = [line(office('Europe/London'))];
    el.now = utc('2026-01-14T16:59Z');
    await el.feedComplete;
    const hours = () => textOf(el.shadowRoot!.querySelector('#h-office-line')!.closest('li')!.querySelector('[part=hours]'));
    expect(hours()).to.match(/^Open now/);
    el.now = utc('2026-01-14T17:00Z');
    await el.updateComplete;
    expect(hours()).to.match(/^Closed — opens Thursday at 9:00\sAM$/);
  });
});
