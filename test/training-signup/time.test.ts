import {expect} from '@open-wc/testing';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {textOf, waitFor} from '../helpers.js';
import {$$, session, titles, widget} from './support.js';

// 2027: the US moves to daylight time on Sunday 14 March, the UK on Sunday 28 March.
const LONDON_SESSIONS = [
  session({id: 'before-both', title: 'Before both changes', start: '2027-03-10T10:00:00+00:00', end: '2027-03-10T11:00:00+00:00'}),
  session({id: 'between', title: 'Between the changes', start: '2027-03-20T10:00:00+00:00', end: '2027-03-20T11:00:00+00:00'}),
  session({id: 'sat-gmt', title: 'Saturday before UK change', start: '2027-03-27T10:00:00+00:00', end: '2027-03-27T11:00:00+00:00'}),
  session({id: 'mon-bst', title: 'Monday after UK change', start: '2027-03-29T10:00:00+01:00', end: '2027-03-29T11:00:00+01:00'}),
];

/** The "When" of the session with this title: [the person's time, the session's local time or ''] */
function when(el: HTMLElement & {shadowRoot: ShadowRoot | null}, title: string): [string, string] {
  const card = [...el.shadowRoot!.querySelectorAll('[part~=session]')].find((c) => textOf(c.querySelector('.session-title')) === title)!;
  const dd = card.querySelector('dd')!;
  return [textOf(dd.querySelector('time')), textOf(dd.querySelector('.hint'))];
}

const hour = (text: string) => text.replace(/\u202f|\u00a0/g, ' ');

describe('hope-training-signup: times in the person’s time zone', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('in London, across the UK change to summer time: 10:00 stays 10:00, GMT then GMT+1, with no second line', async () => {
    const el = await widget({sessions: LONDON_SESSIONS, timeZone: 'Europe/London'});
    const [sat, satLocal] = when(el, 'Saturday before UK change');
    const [mon, monLocal] = when(el, 'Monday after UK change');
    expect(hour(sat)).to.match(/Saturday.*March 27, 2027.*10:00.*11:00 AM GMT$/);
    expect(hour(mon)).to.match(/Monday.*March 29, 2027.*10:00.*11:00 AM GMT\+1$/);
    expect(satLocal).to.equal('');
    expect(monLocal).to.equal('');
    const times = $$(el, 'time').map((t) => t.getAttribute('datetime'));
    expect(times).to.include('2027-03-29T10:00:00+01:00');
  });

  it('in New York, a 10:00 London session shows at 5, 6, 6 then 5 AM as the two countries change clocks on different dates, with London time beside it', async () => {
    const el = await widget({sessions: LONDON_SESSIONS, timeZone: 'America/New_York'});
    const expected: Array<[string, RegExp]> = [
      ['Before both changes', /5:00.*6:00 AM EST$/],
      ['Between the changes', /6:00.*7:00 AM EDT$/],
      ['Saturday before UK change', /6:00.*7:00 AM EDT$/],
      ['Monday after UK change', /5:00.*6:00 AM EDT$/],
    ];
    for (const [title, re] of expected) {
      const [mine, local] = when(el, title);
      expect(hour(mine), title).to.match(re);
      expect(hour(local), title).to.match(/^Local time where it is run \(Europe\/London\): .*10:00.*11:00 AM GMT(\+1)?$/);
    }
  });

  it('Dublin and London show the same clock times, so no second line is added', async () => {
    const el = await widget({sessions: LONDON_SESSIONS, timeZone: 'Europe/Dublin'});
    for (const s of LONDON_SESSIONS) expect(when(el, s.title)[1]).to.equal('');
  });

  it('groups by the month in the person’s time zone (late on 28 February in London is 1 March in Tokyo)', async () => {
    const late = [session({id: 'late', title: 'Late evening', start: '2027-02-28T20:00:00Z', end: '2027-02-28T21:00:00Z'})];
    const tokyo = await widget({sessions: late, timeZone: 'Asia/Tokyo'});
    expect($$(tokyo, 'h3.month').map((h) => textOf(h))).to.deep.equal(['March 2027']);
    expect(hour(when(tokyo, 'Late evening')[0])).to.match(/Monday, March 1, 2027.*5:00.*6:00 AM GMT\+9$/);
    const london = await widget({sessions: late, timeZone: 'Europe/London'});
    expect($$(london, 'h3.month').map((h) => textOf(h))).to.deep.equal(['February 2027']);
  });

  it('an unknown time zone for the person falls back to the browser’s and still lists everything', async () => {
    const el = await widget({sessions: LONDON_SESSIONS, timeZone: 'Not/AZone'});
    expect(titles(el)).to.have.length(4);
  });

  it('dates and times follow the page language (Polish)', async () => {
    const el = await widget({sessions: LONDON_SESSIONS, timeZone: 'Europe/London', locale: 'pl'});
    // The Polish words load in the background: wait for them rather than for a fixed time.
    await waitFor(() => /marzec/i.test(textOf($$(el, 'h3.month')[0])), {message: 'Polish month names'});
    expect(textOf($$(el, 'h3.month')[0])).to.match(/marzec 2027/i);
    expect(hour(when(el, 'Monday after UK change')[0])).to.match(/poniedziałek, 29 marca 2027.*10:00.*11:00/);
  });
});
