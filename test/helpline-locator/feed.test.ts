import {fixture, html, expect} from '@open-wc/testing';
import '../../src/helpline-locator/index.js';
import type {HopeHelplineLocator} from '../../src/helpline-locator/index.js';
import {BUILT_IN} from '../../src/helpline-locator/data.js';
import {checkFeed} from '../../src/helpline-locator/feed.js';
import type {Helpline, Text} from '../../src/helpline-locator/types.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {textOf, validate, waitFor} from '../helpers.js';

const FIXTURES = '/test/helpline-locator/fixtures';
const root = (el: HopeHelplineLocator) => el.shadowRoot!;
const listed = (el: HopeHelplineLocator) => [...root(el).querySelectorAll('[part=list] .entry h3')].map((h) => textOf(h));
const emergencyHrefs = (el: HopeHelplineLocator) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part=emergency] a[part=channel]')].map((a) => a.getAttribute('href'));

/** Puts a locator on the page, records console errors and hope-error events, and waits for its feeds. */
async function load(template: ReturnType<typeof html>) {
  const logged: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  const events: CustomEvent[] = [];
  const listen = (e: Event) => events.push(e as CustomEvent);
  document.addEventListener('hope-error', listen);
  try {
    const el = await fixture<HopeHelplineLocator>(template);
    await el.feedComplete;
    return {el, logged: logged.filter((a) => String(a[0]).startsWith('hope-widgets')), events};
  } finally {
    console.error = original;
    document.removeEventListener('hope-error', listen);
  }
}

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'one-line',
  name: 'One example line',
  countries: ['GB'],
  topics: ['modern-slavery'],
  channels: [{type: 'phone', value: '+442079460100', display: '020 7946 0100'}],
  source: 'https://example.org/one',
  checked: '2026-11-01',
  ...over,
});
const feed = (...items: unknown[]) => ({schema: 'hope-widgets/helplines@1', items});

describe('hope-helpline-locator: feeds', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('adds a feed’s helplines: pinned first after the emergency numbers, examples said to be examples', async () => {
    const {el, logged, events} = await load(html`<hope-helpline-locator country="GB" src="${FIXTURES}/valid.json"></hope-helpline-locator>`);
    expect(logged).to.have.length(0);
    expect(events).to.have.length(0);
    expect(emergencyHrefs(el)[0]).to.equal('tel:999');
    const names = listed(el);
    expect(names[0]).to.equal('Acme Fashion worker voice line');
    expect(names).to.include('Modern Slavery & Exploitation Helpline');
    expect(names).to.include('Example night line');
    const pinned = root(el).querySelector('#h-acme-worker-voice')!.closest('li')!;
    expect(textOf(pinned)).to.contain('Example only: not a real helpline.');
    expect(textOf(pinned)).to.contain('Free from UK landlines and mobiles');
    const hrefs = [...pinned.querySelectorAll<HTMLAnchorElement>('a[part=channel]')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:+442079460123', 'https://wa.me/447700900123', 'mailto:voice@example.org', 'https://example.org/voice']);
    await expect(el).to.be.accessible();
  });

  it('shows a feed’s translations in the page language, marking fallbacks with their language', async () => {
    const {el} = await load(html`<hope-helpline-locator country="BD" src="${FIXTURES}/valid.json" locale="pl"></hope-helpline-locator>`);
    await waitFor(() => root(el).querySelector('[part=base]')?.getAttribute('lang') === 'pl', {message: 'Polish'});
    const heading = root(el).querySelector('#h-acme-worker-voice')!;
    expect(textOf(heading)).to.equal('Linia głosu pracowników Acme Fashion');
    expect(heading.hasAttribute('lang')).to.equal(false);
    const dhaka = root(el).querySelector('#h-example-dhaka-line')!.closest('li')!;
    expect(textOf(dhaka)).to.contain('Dhaka, Gazipur');
  });

  it('a feed that cannot be loaded: built-in helplines and emergency numbers, one console report, one hope-error', async () => {
    const {el, logged, events} = await load(html`<hope-helpline-locator country="GB" src="${FIXTURES}/does-not-exist.json"></hope-helpline-locator>`);
    expect(emergencyHrefs(el)).to.include('tel:999');
    expect(listed(el)).to.have.length(6);
    expect(logged).to.have.length(1);
    expect(String(logged[0][0])).to.contain('does-not-exist.json');
    expect(events.map((e) => e.detail)).to.deep.equal([{kind: 'feed', reason: 'feed-unavailable', status: 404, willRetry: false}]);
    expect(textOf(root(el).querySelector('.notice:not(.warning)'))).to.equal('Some helplines could not be loaded, so this list may be incomplete.');
    await expect(el).to.be.accessible();
  });

  it('a malformed feed (not JSON) is reported as invalid and never blanks the widget', async () => {
    const {el, logged, events} = await load(html`<hope-helpline-locator country="GB" src="${FIXTURES}/malformed.json"></hope-helpline-locator>`);
    expect(emergencyHrefs(el)).to.include('tel:999');
    expect(listed(el)).to.have.length(6);
    expect(logged).to.have.length(1);
    expect(events).to.have.length(1);
    expect(events[0].detail).to.include({kind: 'feed', reason: 'invalid-feed'});
  });

  it('entries failing the schema are left out, unsafe links dropped, the rest shown; reported once', async () => {
    const {el, logged, events} = await load(html`<hope-helpline-locator country="GB" src="${FIXTURES}/mixed.json"></hope-helpline-locator>`);
    expect(logged).to.have.length(1);
    expect(events).to.have.length(1);
    expect(events[0].detail).to.include({kind: 'feed', reason: 'invalid-feed'});
    const report = String(logged[0][0]);
    expect(report).to.contain('no-name-line');
    expect(report).to.contain('only-bad-links');
    const names = listed(el);
    expect(names).to.include('Good example line');
    expect(names).to.include('Line with broken hours');
    expect(names).not.to.include('Only bad links');
    const good = root(el).querySelector('#h-good-line')!.closest('li')!;
    expect([...good.querySelectorAll('a[part=channel]')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+442079460111']);
    for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(tel:|sms:|mailto:|https:)/);
    // Invalid hours are treated as unknown, never as "closed".
    expect(textOf(root(el).querySelector('#h-bad-hours-line')!.closest('li')!.querySelector('[part=hours]'))).to.equal('Opening hours not known');
    expect(textOf(root(el).querySelector('.notice:not(.warning)'))).to.contain('may be incomplete');
  });

  it('merge="replace" keeps only the emergency numbers of the built-in data', async () => {
    const {el} = await load(html`<hope-helpline-locator country="GB" merge="replace" src="${FIXTURES}/valid.json"></hope-helpline-locator>`);
    expect(emergencyHrefs(el)).to.deep.equal(['tel:999', 'tel:18000', 'sms:999']);
    expect(listed(el)).to.deep.equal(['Acme Fashion worker voice line', 'Example night line', 'Example Polish-speaking advice line']);
  });

  it('a feed may update a built-in helpline by its id, but never replace an emergency number', async () => {
    const el = await fixture<HopeHelplineLocator>(html`<hope-helpline-locator country="GB"></hope-helpline-locator>`);
    el.helplines = feed(
      entry({id: 'gb-emergency', name: 'Fake emergency', topics: ['emergency'], channels: [{type: 'phone', value: '+442079460666'}]}),
      entry({id: 'gb-crimestoppers', name: 'Crimestoppers (updated by the host)'}),
    ) as never;
    await el.feedComplete;
    expect(emergencyHrefs(el)).to.deep.equal(['tel:999', 'tel:18000', 'sms:999']);
    expect(textOf(root(el).querySelector('[part=emergency]'))).not.to.contain('Fake emergency');
    expect(listed(el)).to.include('Crimestoppers (updated by the host)');
    expect(listed(el)).not.to.include('Crimestoppers');
  });

  it('a feed can supply an emergency number for a country we have none for', async () => {
    const el = await fixture<HopeHelplineLocator>(html`<hope-helpline-locator country="BD"></hope-helpline-locator>`);
    el.helplines = [entry({id: 'bd-example-emergency', name: 'Example emergency line', countries: ['BD'], topics: ['emergency'], example: true})] as never;
    await el.feedComplete;
    expect(emergencyHrefs(el)).to.deep.equal(['tel:+442079460100']);
    expect(textOf(root(el).querySelector('[part=emergency]'))).not.to.contain('We do not have a checked emergency number');
  });

  it('the helplines property and src add up; changing src replaces the earlier feed', async () => {
    const {el} = await load(html`<hope-helpline-locator country="GB" src="${FIXTURES}/valid.json"></hope-helpline-locator>`);
    el.helplines = [entry()] as never;
    await el.feedComplete;
    expect(listed(el)).to.include('One example line');
    expect(listed(el)).to.include('Example night line');
    el.src = `${FIXTURES}/mixed.json`;
    await el.feedComplete;
    expect(listed(el)).not.to.include('Example night line');
    expect(listed(el)).to.include('Good example line');
    expect(listed(el)).to.include('One example line');
  });
});

describe('the feed check agrees with schemas/helplines.schema.json', () => {
  const cases: Array<[string, unknown]> = [
    ['a valid entry', feed(entry())],
    ['every optional field', feed(entry({
      organisation: 'Org', description: {en: 'What', pl: 'Co'}, regions: ['Wales'], languages: ['en', 'pl-PL', 'interpreters'],
      hours: {timeZone: 'Europe/London', weekly: [{days: ['mon'], open: '09:00', close: '24:00'}], exceptions: [{date: '2026-12-25', closed: true}, {date: '2026-12-27', open: '10:00', close: '14:00'}]},
      free: true, freeFrom: 'from any phone', confidential: true, anonymous: false, pinned: true, example: true,
      channels: [
        {type: 'phone', value: '999'}, {type: 'sms', value: '85258', hours: '24/7'}, {type: 'whatsapp', value: 'https://wa.me/447700900100'},
        {type: 'whatsapp', value: '+44 7700 900100'}, {type: 'chat', value: 'https://example.org/chat', label: {en: 'Chat'}}, {type: 'email', value: 'help@example.org'},
      ],
    }))],
    ['a feed-level example flag', {...feed(entry()), example: true, updated: '2026-11-01', publisher: 'Example'}],
    ['a wrong schema name', {schema: 'hope-widgets/helplines@2', items: []}],
    ['no items', {schema: 'hope-widgets/helplines@1'}],
    ['an unknown feed field', {...feed(entry()), extra: 1}],
    ['a missing name', feed(entry({name: undefined}))],
    ['an id with capitals', feed(entry({id: 'Bad_ID'}))],
    ['a lower-case country', feed(entry({countries: ['gb']}))],
    ['no countries', feed(entry({countries: []}))],
    ['an unknown topic', feed(entry({topics: ['modern-slavery', 'housing']}))],
    ['a javascript: link', feed(entry({channels: [{type: 'web', value: 'javascript:alert(1)'}]}))],
    ['an http: link', feed(entry({channels: [{type: 'chat', value: 'http://example.org'}]}))],
    ['a data: link', feed(entry({channels: [{type: 'web', value: 'data:text/html,hi'}]}))],
    ['a phone number with letters', feed(entry({channels: [{type: 'phone', value: '0800 HELP'}]}))],
    ['a WhatsApp link elsewhere', feed(entry({channels: [{type: 'whatsapp', value: 'https://evil.example/wa.me/1'}]}))],
    ['an email without a domain', feed(entry({channels: [{type: 'email', value: 'javascript:alert(1)'}]}))],
    ['an unknown channel type', feed(entry({channels: [{type: 'fax', value: '+442079460100'}]}))],
    ['an unknown field', feed(entry({notes: 'x'}))],
    ['a bad language tag', feed(entry({languages: ['english!']}))],
    ['hours with a 12-hour time', feed(entry({hours: {timeZone: 'Europe/London', weekly: [{days: ['mon'], open: '9am', close: '17:00'}]}}))],
    ['hours with an unknown day', feed(entry({hours: {timeZone: 'Europe/London', weekly: [{days: ['mon', 'funday'], open: '09:00', close: '17:00'}]}}))],
    ['hours closing at 24:30', feed(entry({hours: {timeZone: 'Europe/London', weekly: [{days: ['mon'], open: '09:00', close: '24:30'}]}}))],
    ['an exception both closed and open', feed(entry({hours: {timeZone: 'Europe/London', weekly: [], exceptions: [{date: '2026-12-25', closed: true, open: '09:00', close: '10:00'}]}}))],
    ['an exception with an impossible date', feed(entry({hours: {timeZone: 'Europe/London', weekly: [], exceptions: [{date: '2026-02-30', closed: true}]}}))],
    ['a checked date that is not a date', feed(entry({checked: '1 Nov 2026'}))],
    ['a source that is not a URL', feed(entry({source: 'our website'}))],
    ['a name too long', feed(entry({name: 'x'.repeat(501)}))],
    ['an empty translation', feed(entry({name: {en: ''}}))],
    ['free as a string', feed(entry({free: 'yes'}))],
  ];

  for (const [what, value] of cases) {
    it(what, async () => {
      const clean = JSON.parse(JSON.stringify(value));
      const schema = await validate('helplines.schema.json', clean);
      const ours = await checkFeed(clean);
      expect(ours.problems.length === 0, `${what}: ours ${JSON.stringify(ours.problems)}, schema ${JSON.stringify(schema.errors).slice(0, 300)}`).to.equal(schema.valid);
    });
  }

  it('every test fixture feed that our check accepts, the schema accepts', async () => {
    for (const name of ['valid', 'mixed', 'xss']) {
      const value = await (await fetch(`${FIXTURES}/${name}.json`)).json();
      const schema = await validate('helplines.schema.json', value);
      const ours = await checkFeed(value);
      expect(ours.problems.length === 0, name).to.equal(schema.valid);
    }
  });

  it('the demo feed is valid, marked as an example, and uses only fictional numbers', async () => {
    const demo = await (await fetch('/demo/feeds/helplines.json')).json();
    expect((await validate('helplines.schema.json', demo)).valid).to.equal(true);
    expect((await checkFeed(demo)).problems).to.deep.equal([]);
    expect(demo.example).to.equal(true);
    for (const item of demo.items) {
      expect(item.example, item.id).to.equal(true);
      for (const c of item.channels) {
        if (c.type === 'phone' || c.type === 'sms' || (c.type === 'whatsapp' && !c.value.startsWith('https'))) {
          expect(c.value.replace(/[\s()-]/g, ''), `${item.id} ${c.value}`).to.match(/^\+44(207946[0-9]{4}|7700900[0-9]{3})$/);
        }
      }
    }
  });

  it('every built-in entry passes the schema and has a source and a checked date', async () => {
    const resolve = (t: Text | undefined) => (typeof t === 'function' ? t() : t);
    const items = BUILT_IN.map((h: Helpline) => ({
      ...h,
      name: resolve(h.name),
      description: resolve(h.description),
      freeFrom: resolve(h.freeFrom),
      regions: h.regions?.map(resolve),
      channels: h.channels.map((c) => ({...c, label: resolve(c.label)})),
    }));
    const result = await validate('helplines.schema.json', JSON.parse(JSON.stringify(feed(...items))));
    expect(result.valid, JSON.stringify(result.errors)).to.equal(true);
    for (const h of BUILT_IN) {
      expect(h.source, h.id).to.match(/^https:\/\//);
      expect(h.checked, h.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('checks a long feed in slices, letting the page run in between', async () => {
    const items = Array.from({length: 1000}, (_, i) => entry({id: `line-${i}`}));
    let ranBetween = false;
    setTimeout(() => (ranBetween = true));
    const result = checkFeed(feed(...items)).then((r) => ({r, ranBetween}));
    const {r, ranBetween: before} = await result;
    expect(r.items).to.have.length(1000);
    expect(before).to.equal(true);
  });
});

describe('hope-helpline-locator: feeds that hang, are too large or try to pollute', () => {
  /** A locator; `timeout` shortens the 15 s limit for the feed that never answers. */
  async function failing(src: string, timeout = 15_000) {
    const el = document.createElement('hope-helpline-locator');
    el.srcFeed.timeout = timeout;
    el.country = 'GB';
    el.src = src;
    const events: CustomEvent[] = [];
    el.addEventListener('hope-error', (e) => events.push(e as CustomEvent));
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    document.body.append(el);
    try {
      await el.feedComplete;
    } finally {
      console.error = original;
    }
    return {el, events, logged: logged.filter((l) => l.startsWith('hope-widgets'))};
  }

  const cases = [
    ['a feed that never answers', '/test-feeds/hang', 'feed-unavailable', 'did not answer within'],
    ['a feed larger than 1 MB', '/test-feeds/huge?bytes=1200000', 'invalid-feed', 'larger than 1048576 bytes'],
    ['a feed with a __proto__ key', `${FIXTURES}/polluted.json`, 'invalid-feed', '__proto__'],
  ] as const;

  for (const [what, src, reason, reported] of cases) {
    const timeout = src.includes('hang') ? 400 : undefined;
    it(`${what}: the built-in helplines and emergency numbers stay, with "may be incomplete", Try again and one hope-error`, async () => {
      const {el, events, logged} = await failing(src, timeout);
      try {
        expect(emergencyHrefs(el)).to.include('tel:999');
        expect(listed(el)).to.have.length(6);
        expect(listed(el)).not.to.include('Polluting line');
        expect(textOf(root(el).querySelector('[part=feed-error]'))).to.equal('Some helplines could not be loaded, so this list may be incomplete.');
        expect(textOf(root(el).querySelector('[part=retry]'))).to.equal('Try again');
        expect(events.map((e) => e.detail.reason)).to.deep.equal([reason]);
        expect(logged).to.have.length(1);
        expect(logged[0]).to.contain(reported);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('a feed that answers after failing (the site fixed its src) adds its helplines and the notice and Try again go', async () => {
    const {el, events} = await failing('/test-feeds/hang', 400);
    try {
      el.srcFeed.timeout = 15_000;
      el.src = `${FIXTURES}/valid.json`;
      await el.feedComplete;
      expect(listed(el)).to.include('Acme Fashion worker voice line');
      expect(root(el).querySelector('[part=retry]')).to.equal(null);
      expect(root(el).querySelector('[part=feed-error]')).to.equal(null);
      expect(events).to.have.length(1);
    } finally {
      el.remove();
    }
  });

  it('"Try again" on a feed that still fails says so again and moves focus to the message', async () => {
    const {el, events} = await failing('/test-feeds/hang', 400);
    try {
      root(el).querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await waitFor(() => events.length === 2, {message: 'second failure'});
      await waitFor(() => root(el).activeElement === root(el).querySelector('#feed-error'), {message: 'focus on the message'});
    } finally {
      el.remove();
    }
  });
});

describe('hope-helpline-locator: links say what they do', () => {
  it('drops an email channel whose mailto: has a query (?bcc=, ?subject=), with a console warning; keeps the rest', async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
    let result: Awaited<ReturnType<typeof load>>;
    try {
      result = await load(html`<hope-helpline-locator country="GB" .helplines=${feed(
        entry({
          id: 'bcc-line',
          name: 'Line with a copied email',
          channels: [
            {type: 'phone', value: '+442079460100'},
            {type: 'email', value: 'help@example.org?bcc=someone@example.com'},
            {type: 'email', value: 'help@example.org?subject=Urgent'},
          ],
        }),
      )}></hope-helpline-locator>`);
    } finally {
      console.warn = original;
    }
    const item = root(result.el).querySelector('#h-bcc-line')!.closest('li')!;
    const hrefs = [...item.querySelectorAll('a[part=channel]')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:+442079460100']);
    for (const a of root(result.el).querySelectorAll('a[href^="mailto:"]')) expect(a.getAttribute('href')).not.to.contain('?');
    expect(warned.filter((w) => w.includes('?bcc=') || w.includes('?subject='))).to.have.length(2);
  });

  it('+44 (0)… dials +44… and shows the number dialled beside it; a national form of the same number needs nothing beside it', async () => {
    const {el} = await load(html`<hope-helpline-locator country="GB" .helplines=${feed(
      entry({id: 'zero-line', name: 'Line written with (0)', channels: [{type: 'phone', value: '+44 (0)20 7946 0321'}, {type: 'sms', value: '+44 (0)7700 900321'}]}),
      entry({id: 'national-line', name: 'Line written nationally', channels: [{type: 'phone', value: '+442079460322', display: '020 7946 0322'}]}),
    )}></hope-helpline-locator>`);
    const links = (id: string) => [...root(el).querySelector(`#h-${id}`)!.closest('li')!.querySelectorAll<HTMLAnchorElement>('a[part=channel]')];
    const [call, text] = links('zero-line');
    expect(call.getAttribute('href')).to.equal('tel:+442079460321');
    expect(textOf(call)).to.equal('Call +44 (0)20 7946 0321 (+442079460321)');
    expect(text.getAttribute('href')).to.equal('sms:+447700900321');
    expect(textOf(text)).to.contain('(+447700900321)');
    const [national] = links('national-line');
    expect(national.getAttribute('href')).to.equal('tel:+442079460322');
    expect(textOf(national)).to.equal('Call 020 7946 0322');
  });
});
