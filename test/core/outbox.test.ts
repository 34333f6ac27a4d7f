import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import '../fixtures/test-sender.js';
import type {TestSender} from '../fixtures/test-sender.js';
import type {Envelope} from '../../src/core/envelope.js';
import {clock} from '../../src/core/clock.js';
import {getOutbox} from '../../src/core/outbox.js';
import {behave, endpointFor, newBucket, stored, textOf, validate, waitFor, sleep} from '../helpers.js';

const KEY = 'hope-widgets.outbox.v1';

async function sender(props: Partial<TestSender> = {}) {
  const el = await fixture<TestSender>(html`<hope-test-sender></hope-test-sender>`);
  Object.assign(el, {timeout: 2000, retryDelay: 40, phone: '020 7946 0999', ...props});
  await el.updateComplete;
  return el;
}

describe('outbox and configuration', () => {
  afterEach(() => localStorage.removeItem(KEY));

  it('nothing is written to the device without persist, even while undelivered', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 503}]);
    const el = await sender({endpoint: endpointFor(bucket), retryDelay: 60_000});
    el.send();
    await waitFor(() => el.submission.state.phase === 'queued');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(document.cookie).not.to.contain('0999');
    expect(location.href).not.to.contain('0999');
    getOutbox().retryAllNow();
    await oneEvent(el, 'hope-submitted');
  });

  it('with persist, an unsent envelope survives a reload and is sent (once, same id) on the next load', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 503}, {status: 503}, {status: 503}]);
    const frame = document.createElement('iframe');
    frame.src = `/test/fixtures/persist-page.html?endpoint=${encodeURIComponent(endpointFor(bucket))}`;
    document.body.append(frame);
    try {
      const first = await waitFor(() => frame.contentDocument?.querySelector<TestSender>('hope-test-sender')?.shadowRoot && frame.contentDocument.querySelector<TestSender>('hope-test-sender'));
      first.retryDelay = 60_000; // make the first page give up for now
      first.phone = '07700 900456';
      first.send();
      await waitFor(() => first.submission.state.phase === 'queued', {message: 'queued in first load'});
      const saved = JSON.parse(localStorage.getItem(KEY)!) as Envelope[];
      expect(saved).to.have.length(1);
      frame.contentWindow!.location.reload();
      await waitFor(async () => (await stored(bucket)).length === 1, {message: 'sent after reload', timeout: 10_000});
      const [record] = await stored(bucket);
      expect(record.envelope.id).to.equal(saved[0].id);
      await waitFor(() => localStorage.getItem(KEY) === null, {message: 'storage emptied after delivery'});
      const second = frame.contentDocument!.querySelector<TestSender>('hope-test-sender')!;
      await waitFor(() => textOf(second.shadowRoot!.querySelector('[part=status]')).includes(record.reference));
    } finally {
      frame.remove();
    }
  });

  it('deliver replaces fetch and keeps every other rule: a throw is retried, the reference comes from the reply', async () => {
    const calls: Envelope[] = [];
    const el = await sender({
      deliver: async (envelope, init) => {
        calls.push(envelope);
        expect(init.signal).to.be.instanceOf(AbortSignal);
        if (calls.length === 1) throw new Error('transport down');
        return {status: 200, body: {reference: 'PARTNER-7'}};
      },
    });
    const done = oneEvent(el, 'hope-submitted');
    el.send();
    expect((await done).detail.reference).to.equal('PARTNER-7');
    expect(calls).to.have.length(2);
    expect(calls[0].id).to.equal(calls[1].id);
    expect((await validate('envelope.schema.json', calls[0])).valid).to.equal(true);
  });

  it('a deliver that never answers times out and is retried', async () => {
    let n = 0;
    const el = await sender({
      timeout: 100,
      deliver: () => (++n === 1 ? new Promise(() => {}) : Promise.resolve({status: 201})),
    });
    const error = oneEvent(el, 'hope-error');
    el.send();
    expect((await error).detail).to.include({reason: 'timeout', willRetry: true});
    await oneEvent(el, 'hope-submitted');
    expect(n).to.equal(2);
  });

  for (const bad of ['http://[not-a-url', 'javascript:alert(1)', 'ftp://example.org/x']) {
    it(`a malformed endpoint (${bad}) is a configuration problem: message, one console error, nothing sent`, async () => {
      const errors: unknown[][] = [];
      const original = console.error;
      console.error = (...a: unknown[]) => errors.push(a);
      let fetched = 0;
      const originalFetch = window.fetch;
      window.fetch = (...a) => (fetched++, originalFetch(...a));
      try {
        const configEvent = new Promise<CustomEvent>((r) => document.addEventListener('hope-error', (e) => r(e as CustomEvent), {once: true}));
        const el = await fixture<TestSender>(html`<hope-test-sender endpoint=${bad}></hope-test-sender>`);
        el.phone = '020 7946 0999';
        expect((await configEvent).detail).to.deep.equal({kind: 'config', reason: 'invalid-endpoint', willRetry: false});
        el.send();
        await el.updateComplete;
        expect(textOf(el.shadowRoot!.querySelector('[part=config-message]'))).to.contain('cannot send anything');
        expect(el.shadowRoot!.querySelector('button[type=submit]')!.hasAttribute('disabled')).to.equal(true);
        expect(errors).to.have.length(1);
        expect(fetched).to.equal(0);
      } finally {
        console.error = original;
        window.fetch = originalFetch;
      }
    });
  }

  it('an absolute same-origin endpoint works like a relative one', async () => {
    const bucket = newBucket();
    const el = await sender({endpoint: endpointFor(bucket, 'same')});
    el.send();
    await oneEvent(el, 'hope-submitted');
    expect(await stored(bucket)).to.have.length(1);
  });

  it('two widgets sending at once: two records, two ids, each widget shows its own reference', async () => {
    const bucket = newBucket();
    await behave(bucket, [{delayMs: 200}, {status: 503}]);
    const a = await sender({endpoint: endpointFor(bucket), phone: '020 7946 0001'});
    const b = await sender({endpoint: endpointFor(bucket), phone: '020 7946 0002'});
    const done = Promise.all([oneEvent(a, 'hope-submitted'), oneEvent(b, 'hope-submitted')]);
    a.send();
    b.send();
    const [ea, eb] = await done;
    const records = await stored(bucket);
    expect(records).to.have.length(2);
    expect(new Set(records.map((r) => r.envelope.id)).size).to.equal(2);
    const byPhone = Object.fromEntries(records.map((r) => [r.envelope.data.phone, r.reference]));
    expect(ea.detail.reference).to.equal(byPhone['020 7946 0001']);
    expect(eb.detail.reference).to.equal(byPhone['020 7946 0002']);
  });

  it('backs off exponentially with jitter and retries at once when the browser comes back online', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 503}, {status: 503}, {status: 503}]);
    const el = await sender({endpoint: endpointFor(bucket), retryDelay: 1000});
    const random = clock.random;
    clock.random = () => 1; // no jitter: 1000, 2000, 4000…
    const delays: number[] = [];
    el.addEventListener('hope-error', () => {
      const s = el.submission.state;
      if (s.phase === 'queued') delays.push(Math.round((s.nextAttemptAt - clock.now()) / 100) * 100);
    });
    try {
      el.send();
      await waitFor(() => delays.length === 1);
      expect(getOutbox().guarding, 'warns before leaving while unsent').to.equal(true);
      window.dispatchEvent(new Event('online'));
      await waitFor(() => delays.length === 2);
      window.dispatchEvent(new Event('online'));
      await waitFor(() => delays.length === 3);
      expect(delays).to.deep.equal([1000, 2000, 4000]);
      window.dispatchEvent(new Event('online'));
      await oneEvent(el, 'hope-submitted');
      expect(getOutbox().guarding, 'no warning once delivered').to.equal(false);
      expect(await stored(bucket)).to.have.length(1);
    } finally {
      clock.random = random;
    }
  });

  it('jitter spreads retries between half and all of the back-off', async () => {
    const el = await sender({deliver: async () => ({status: 503}), retryDelay: 1000});
    const random = clock.random;
    clock.random = () => 0;
    try {
      el.send();
      await waitFor(() => el.submission.state.phase === 'queued');
      const s = el.submission.state as {nextAttemptAt: number};
      expect(Math.round((s.nextAttemptAt - clock.now()) / 100) * 100).to.equal(500);
    } finally {
      clock.random = random;
      getOutbox().exit();
      await sleep(10);
    }
  });
});
