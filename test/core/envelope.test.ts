import {expect} from '@open-wc/testing';
import {createEnvelope, newId, pageAddress, shortReference} from '../../src/core/envelope.js';
import {VERSION} from '../../src/core/version.js';
import {classify, parseRetryAfter} from '../../src/core/delivery.js';
import {retryDelay} from '../../src/core/outbox.js';
import {defineElement} from '../../src/core/define.js';
import {validate} from '../helpers.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('envelope', () => {
  it('ids are UUID v4, also where crypto.randomUUID is missing (plain-http pages)', () => {
    expect(newId()).to.match(UUID_V4);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', {value: undefined, configurable: true});
    try {
      const ids = new Set(Array.from({length: 200}, () => newId()));
      expect(ids.size).to.equal(200);
      for (const id of ids) expect(id).to.match(UUID_V4);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', {value: original, configurable: true});
    }
  });

  it('the short reference can be read out: 8 hex digits from the id', () => {
    expect(shortReference('3f2a9c1b-0000-4000-8000-000000000000')).to.equal('3F2A-9C1B');
  });

  it('source.page has no query or fragment; the version equals package.json', async () => {
    history.replaceState(null, '', location.pathname + '?secret=1#frag');
    try {
      expect(pageAddress()).to.equal(location.origin + location.pathname);
      const env = createEnvelope({schema: 'hope-widgets/helpline-callback@1', widget: 'helpline-locator', locale: 'en', signals: {honeypot: false, fillMs: 10}, data: {phone: '07700 900123', safeToCall: true}, now: Date.now()});
      expect(env.source.page).not.to.contain('secret');
      expect((await validate('envelope.schema.json', env)).valid).to.equal(true);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('answers from the endpoint', () => {
  it('2xx with a string reference uses it; otherwise none', () => {
    expect(classify({status: 201, body: {reference: 'LEI-2026-0042'}})).to.deep.equal({outcome: 'delivered', status: 201, reference: 'LEI-2026-0042'});
    expect(classify({status: 200, body: 'ok'})).to.deep.equal({outcome: 'delivered', status: 200, reference: undefined});
    expect(classify({status: 200, body: {reference: 42}})).to.include({reference: undefined});
  });

  it('408, 429, 5xx and a bare 409 are retried; other 4xx are rejected', () => {
    for (const status of [408, 429, 500, 502, 503]) expect(classify({status}).outcome, String(status)).to.equal('retry');
    expect(classify({status: 409, body: ''})).to.include({outcome: 'retry', reason: 'busy'});
    expect(classify({status: 409, body: {error: 'full'}})).to.include({outcome: 'rejected', error: 'full'});
    expect(classify({status: 400, body: 'x'}).outcome).to.equal('rejected');
    expect(classify({status: 422, body: {errors: [{pointer: '/data/phone'}, {pointer: 'nope'}, {}]}})).to.deep.include({pointers: ['/data/phone']});
  });

  it('a redirect is never delivery: 3xx and an opaque redirect are retried as "redirect"', () => {
    for (const status of [301, 302, 303, 307, 308]) expect(classify({status}), String(status)).to.include({outcome: 'retry', reason: 'redirect'});
    expect(classify({status: 0, redirected: true})).to.include({outcome: 'retry', reason: 'redirect'});
  });

  it('Retry-After: whole seconds or an HTTP-date (against the response Date when given), capped at an hour; garbage ignored', () => {
    const at = (ms: number) => new Date(ms).toUTCString();
    expect(parseRetryAfter('2', undefined, 0)).to.equal(2000);
    expect(parseRetryAfter('0', undefined, 0)).to.equal(0);
    expect(parseRetryAfter(at(10_000), undefined, 0)).to.equal(10_000);
    expect(parseRetryAfter('999999', undefined, 0)).to.equal(3_600_000);
    for (const garbage of ['soon', '-5', '1.5', '1e3', 'Tomorrow', '2026-11-29T10:00:00Z', '']) {
      expect(parseRetryAfter(garbage, undefined, 0), JSON.stringify(garbage)).to.equal(undefined);
    }
    // A past date waits nothing extra (the back-off floor applies).
    expect(parseRetryAfter(at(1_000), undefined, 50_000)).to.equal(0);
    // The device clock is an hour ahead: read against the server's Date, the wait is still 30 s.
    const server = Date.UTC(2026, 10, 29, 12, 0, 0);
    expect(parseRetryAfter(at(server + 30_000), at(server), server + 3_600_000)).to.equal(30_000);
    // An unreadable Date header falls back to the device clock.
    expect(parseRetryAfter(at(server + 30_000), 'yesterday', server)).to.equal(30_000);
    expect(classify({status: 503, headers: {'Retry-After': '3'}})).to.include({retryAfterMs: 3000});
    expect(classify({status: 429, headers: {'retry-after': at(server + 5_000), date: at(server)}})).to.include({retryAfterMs: 5000});
  });

  it('the wait before a retry is the larger of the back-off and Retry-After, never under the first retry delay, capped', () => {
    expect(retryDelay(1, 1000, undefined, 0)).to.equal(1000);
    expect(retryDelay(1, 1000, 0, 0)).to.equal(1000);
    expect(retryDelay(1, 1000, undefined, 1)).to.equal(1500);
    expect(retryDelay(3, 1000, undefined, 0)).to.equal(4000);
    expect(retryDelay(2, 1000, 30_000, 0)).to.equal(30_000);
    expect(retryDelay(20, 1000, undefined, 0)).to.equal(60_000);
    expect(retryDelay(1, 1000, 99_999_999, 0)).to.equal(3_600_000);
    expect(retryDelay(1, Number.NaN, undefined, 0), 'a broken retryDelay falls back to 1 s').to.equal(1000);
  });
});

describe('define guard', () => {
  it('defining a tag twice (two bundles) does not throw and keeps the first', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement('hope-define-probe', A);
    expect(() => defineElement('hope-define-probe', B)).not.to.throw();
    expect(customElements.get('hope-define-probe')).to.equal(A);
  });
});
