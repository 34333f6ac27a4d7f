import {expect} from '@open-wc/testing';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {readFeed, readSessions, readSessionsInSlices, sessionProblem} from '../../src/training-signup/feed.js';
import {deepActiveElement, textOf, validate, waitFor} from '../helpers.js';
import {$, $$, session, settled, titles, widget} from './support.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

function listen(el: EventTarget) {
  const errors: CustomEvent[] = [];
  el.addEventListener('hope-error', (e) => errors.push(e as CustomEvent));
  return errors;
}

function captureConsole(kind: 'warn' | 'error') {
  const calls: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return {calls, restore: () => (console[kind] = original)};
}

describe('hope-training-signup: the feed', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('loads sessions from src; invalid entries and repeated ids are skipped and reported once', async () => {
    const warn = captureConsole('warn');
    const errors: CustomEvent[] = [];
    const onError = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('hope-error', onError);
    try {
      const el = await widget({src: `${FIXTURES}sessions.json`});
      await settled(el);
      await waitFor(() => titles(el).length > 0, {message: 'sessions listed'});
      expect(titles(el)).to.deep.equal(['Feed session one', 'Feed session two']);
      const feedErrors = errors.filter((e) => e.detail.kind === 'feed');
      expect(feedErrors).to.have.length(1);
      expect(feedErrors[0].detail).to.deep.equal({kind: 'feed', reason: 'invalid-entries'});
      const warnings = warn.calls.filter((c) => c.includes('skipped'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"bad-start": start').and.contain('"no-venue": venue').and.contain('"ok-1": id (repeated)');
      // Re-rendering (a filter, a new clock) does not report again.
      el.now = Date.parse('2027-01-20T00:00:00Z');
      await el.updateComplete;
      expect(errors.filter((e) => e.detail.kind === 'feed')).to.have.length(1);
    } finally {
      warn.restore();
      document.removeEventListener('hope-error', onError);
    }
  });

  it('a feed that is not JSON: a clear message, a retry button and the organiser contact; nothing raw shown', async () => {
    const log = captureConsole('error');
    const errors = listen(document);
    try {
      const el = await widget({src: `${FIXTURES}malformed.json`, contactEmail: 'training@example.org'});
      await waitFor(() => $(el, '[part~=feed-error]'), {message: 'feed error'});
      const box = $(el, '[part~=feed-error]')!;
      expect(textOf(box)).to.contain('We could not load the training sessions.');
      expect(textOf(box)).to.contain('has a fault. It is not something you did.');
      expect(textOf(box)).not.to.match(/JSON|Unexpected|SyntaxError/);
      expect(box.querySelector('[role=alert]')).to.exist;
      expect(box.querySelector('a[href="mailto:training@example.org"]')).to.exist;
      expect([...box.querySelectorAll('button')].map((b) => textOf(b))).to.deep.equal(['Try again']);
      expect(log.calls.some((c) => c.includes('malformed.json'))).to.equal(true);
      await expect(el).to.be.accessible();
      expect(errors.map((e) => e.detail)).to.deep.equal([{kind: 'feed', reason: 'invalid-feed', status: 200, willRetry: false}]);
    } finally {
      log.restore();
    }
  });

  it('a feed that cannot be loaded (404) fires hope-error feed-unavailable with the status', async () => {
    const log = captureConsole('error');
    const errors: CustomEvent[] = [];
    const onError = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('hope-error', onError);
    try {
      const el = await widget({src: `${FIXTURES}does-not-exist.json`});
      await waitFor(() => $(el, '[part~=feed-error]'), {message: 'feed error'});
      expect(textOf($(el, '[part~=feed-error]'))).to.contain('Check your internet connection and try again.');
      expect(errors.map((e) => e.detail)).to.deep.equal([{kind: 'feed', reason: 'feed-unavailable', status: 404, willRetry: false}]);
      expect($(el, '[part~=feed-error] a')).to.equal(null); // no contact-email set: no contact line
    } finally {
      log.restore();
      document.removeEventListener('hope-error', onError);
    }
  });

  it('a feed of another kind is refused as invalid', async () => {
    const log = captureConsole('error');
    try {
      const el = await widget({src: `${FIXTURES}wrong-schema.json`});
      await waitFor(() => $(el, '[part~=feed-error]'), {message: 'feed error'});
      expect(textOf($(el, '[part~=feed-error]'))).to.contain('has a fault');
    } finally {
      log.restore();
    }
  });

  it('"Try again" loads the feed again after a network failure, and focus lands on the list', async () => {
    const log = captureConsole('error');
    const realFetch = window.fetch;
    let calls = 0;
    const errors = listen(document);
    window.fetch = (input, init) => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init));
    try {
      const el = await widget({src: `${FIXTURES}sessions.json`});
      await waitFor(() => $(el, '[part~=feed-error]'), {message: 'feed error'});
      const warn = captureConsole('warn');
      $$<HTMLButtonElement>(el, '[part~=feed-error] button')[0].click();
      expect(errors.map((e) => e.detail)).to.deep.equal([{kind: 'feed', reason: 'feed-unavailable', willRetry: false}]);
      await waitFor(() => titles(el).length === 2, {message: 'sessions after retry'});
      warn.restore();
      await el.updateComplete;
      expect(calls).to.equal(2);
      expect($(el, '[part~=feed-error]')).to.equal(null);
      expect(deepActiveElement()).to.equal($(el, '#ts-list-heading'));
    } finally {
      window.fetch = realFetch;
      log.restore();
    }
  });

  it('an empty feed says there is nothing to book, with the organiser contact', async () => {
    const el = await widget({src: `${FIXTURES}empty.json`, contactEmail: 'training@example.org'});
    await waitFor(() => textOf(el.shadowRoot as unknown as Element).includes('There are no upcoming training sessions'), {message: 'empty'});
    expect($(el, 'a[href="mailto:training@example.org"]')).to.exist;
  });

  it('the sessions property wins over src and is checked like a feed', async () => {
    const warn = captureConsole('warn');
    try {
      const el = await widget({sessions: [session({id: 'a', title: 'Given'}), {id: 'broken'} as never]});
      expect(titles(el)).to.deep.equal(['Given']);
      expect(warn.calls.filter((c) => c.includes('skipped 1 session'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('checks a long feed in slices with task boundaries between them, with the same result as in one go', async () => {
    const items = Array.from({length: 3000}, (_, i) =>
      i % 10 === 3 ? {id: `bad-${i}`} : session({id: `s-${i}`, title: `S ${i}`, description: 'x'.repeat(2000), start: `2027-0${1 + (i % 9)}-10T09:00:00Z`, end: `2027-0${1 + (i % 9)}-10T10:00:00Z`}),
    );
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const sliced = await readSessionsInSlices(items);
    clearInterval(ticker);
    const whole = readSessions(items);
    expect(sliced!.entries.map((e) => e.s.id)).to.deep.equal(whole.entries.map((e) => e.s.id));
    expect(sliced!.skipped).to.deep.equal(whole.skipped);
    expect(whole.skipped).to.have.length(300);
    expect(ticks, 'other tasks ran while checking').to.be.greaterThan(0);
  });

  it('the example feed that ships with the demo is valid for the schema and for the widget', async () => {
    const feed = await (await fetch('/demo/feeds/training-sessions.json')).json();
    expect((await validate('training-sessions.schema.json', feed)).valid).to.equal(true);
    const read = readFeed(feed)!;
    expect(read.skipped).to.deep.equal([]);
    expect(read.entries.length).to.be.at.least(6);
    for (const e of read.entries) expect(new Date(e.start).getUTCFullYear()).to.be.within(2027, 2028);
  });
});

describe('hope-training-signup: the feed checker agrees with schemas/training-sessions.schema.json', () => {
  const base = {
    id: 'a',
    title: 'T',
    start: '2027-03-01T09:00:00+01:00',
    end: '2027-03-01T10:00:00+01:00',
    timeZone: 'Europe/London',
    format: 'online',
    audience: ['public'],
  };
  const cases: Array<[string, unknown]> = [
    ['minimal online', base],
    ['everything', {
      ...base, description: 'D', format: 'hybrid', platform: 'Zoom', language: 'pl', capacity: 10, spacesLeft: 2,
      bookingClosesAt: '2027-02-27T17:00:00Z', cancelled: false,
      venue: {name: 'Hall', address: '1 Street', postcode: 'LE1 0AA', accessibility: 'Step-free'},
      organiser: {name: 'Org', email: 'a@example.org', phone: '+44 20 7946 0123', url: 'https://example.org/x'},
    }],
    ['spacesLeft null', {...base, spacesLeft: null}],
    ['fractional seconds', {...base, start: '2027-03-01T07:59:59.5Z'}],
    ['missing id', {...base, id: undefined}],
    ['empty title', {...base, title: ''}],
    ['title too long', {...base, title: 'x'.repeat(301)}],
    ['no offset', {...base, start: '2027-03-01T09:00:00'}],
    ['date only', {...base, start: '2027-03-01'}],
    ['no seconds', {...base, start: '2027-03-01T09:00+01:00'}],
    ['impossible date', {...base, start: '2027-02-30T09:00:00Z'}],
    ['hour 24', {...base, start: '2027-03-01T24:00:00Z'}],
    ['lower-case t', {...base, start: '2027-03-01t09:00:00Z'}],
    ['unknown format', {...base, format: 'webinar'}],
    ['in person without venue', {...base, format: 'in-person'}],
    ['hybrid without venue', {...base, format: 'hybrid'}],
    ['venue without address', {...base, format: 'in-person', venue: {name: 'Hall'}}],
    ['empty audience', {...base, audience: []}],
    ['audience not kebab', {...base, audience: ['Police']}],
    ['audience with space', {...base, audience: ['social care']}],
    ['negative places', {...base, spacesLeft: -1}],
    ['fractional capacity', {...base, capacity: 2.5}],
    ['places as text', {...base, spacesLeft: '3'}],
    ['bad language', {...base, language: 'english'}],
    ['bad organiser email', {...base, organiser: {name: 'O', email: 'not-an-email'}}],
    ['javascript organiser url', {...base, organiser: {name: 'O', url: 'javascript:alert(1)'}}],
    ['organiser without name', {...base, organiser: {email: 'a@example.org'}}],
    ['unknown property', {...base, price: 0}],
    ['unknown venue property', {...base, format: 'in-person', venue: {address: 'x', map: 'y'}}],
    ['cancelled as text', {...base, cancelled: 'yes'}],
    ['time zone with a space', {...base, timeZone: 'Europe/New York'}],
    ['html in title (valid: it is text)', {...base, title: '<img src=x onerror=alert(1)>'}],
    ['not an object', 'session'],
  ];

  for (const [name, value] of cases) {
    it(name, async () => {
      const clean = JSON.parse(JSON.stringify(value));
      const ajv = await validate('training-sessions.schema.json', {schema: 'hope-widgets/training-sessions@1', items: [clean]});
      const ours = sessionProblem(clean);
      expect(ours === undefined, `ours: ${ours}; ajv: ${JSON.stringify(ajv.errors)}`).to.equal(ajv.valid);
    });
  }

  it('also refuses what the schema cannot say: end not after start, a time zone the browser does not know', () => {
    expect(sessionProblem({...base, end: base.start})).to.equal('end');
    expect(sessionProblem({...base, timeZone: 'Mars/Olympus_Mons'})).to.equal('timeZone');
  });
});

describe('hope-training-signup: feeds that hang, are too large or try to pollute', () => {
  /** A widget with the organiser's email; `timeout` shortens the 15 s limit for the feed that never answers. */
  async function feedWidget(src: string, timeout = 15_000) {
    const el = document.createElement('hope-training-signup');
    el.feed.timeout = timeout;
    el.now = Date.parse('2027-01-15T12:00:00Z');
    el.timeZone = 'Europe/London';
    el.contactEmail = 'training@example.org';
    el.endpoint = '/receiver/unused/submit';
    el.src = src;
    const errors = listen(el);
    const log = captureConsole('error');
    document.body.append(el);
    try {
      await waitFor(() => $(el, '[part~=feed-error]'), {message: 'feed error shown'});
    } finally {
      log.restore();
    }
    return {el, errors, logged: log.calls};
  }

  const cases = [
    ['a feed that never answers', '/test-feeds/hang', 'feed-unavailable', 'Check your internet connection and try again.', 'did not answer within'],
    ['a feed larger than 2 MB', '/test-feeds/huge?bytes=2200000', 'invalid-feed', 'has a fault', 'larger than 2097152 bytes'],
    ['a feed with constructor and prototype keys', `${FIXTURES}polluted.json`, 'invalid-feed', 'has a fault', 'never valid in a feed'],
  ] as const;

  for (const [what, src, reason, said, reported] of cases) {
    const timeout = src.includes('hang') ? 400 : undefined;
    it(`${what}: the same clear state as a broken feed, with Try again, the organiser's email and one hope-error`, async () => {
      const {el, errors, logged} = await feedWidget(src, timeout);
      try {
        const box = $(el, '[part~=feed-error]')!;
        expect(textOf(box)).to.contain('We could not load the training sessions.');
        expect(textOf(box)).to.contain(said);
        expect(box.querySelector('button')?.textContent?.trim()).to.equal('Try again');
        expect(box.querySelector('a')?.getAttribute('href')).to.equal('mailto:training@example.org');
        expect(errors.map((e) => e.detail.reason)).to.deep.equal([reason]);
        expect(logged.filter((l) => l.startsWith('hope-widgets'))).to.have.length(1);
        expect(logged.find((l) => l.startsWith('hope-widgets'))).to.contain(reported);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('"Try again" after a feed that never answered tries once more and says so again, focus on the message', async () => {
    const {el, errors} = await feedWidget('/test-feeds/hang', 400);
    try {
      $<HTMLButtonElement>(el, '[part~=feed-error] button')!.click();
      await waitFor(() => errors.length === 2, {message: 'second failure'});
      await waitFor(() => deepActiveElement() === $(el, '#ts-feed-error'), {message: 'focus on the message'});
    } finally {
      el.remove();
    }
  });
});

describe('hope-training-signup: the organiser’s links say what they do', () => {
  it('a number written with (0) dials without it, and the number dialled is shown beside it', async () => {
    const el = await widget({sessions: [session({id: 'zero', organiser: {name: 'Org', phone: '+44 (0)20 7946 0321'}})]});
    const tel = $<HTMLAnchorElement>(el, 'a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:+442079460321');
    expect(textOf(tel.parentElement!)).to.contain('+44 (0)20 7946 0321 (+442079460321)');
  });
});
