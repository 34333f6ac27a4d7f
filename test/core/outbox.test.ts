import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import '../fixtures/test-sender.js';
import type {TestSender} from '../fixtures/test-sender.js';
import type {Envelope} from '../../src/core/envelope.js';
import {clock} from '../../src/core/clock.js';
import {getOutbox} from '../../src/core/outbox.js';
import {attempts, behave, endpointFor, newBucket, stored, storedEnvelopeKeys, textOf, validate, waitFor, sleep} from '../helpers.js';


async function sender(props: Partial<TestSender> = {}) {
  const el = await fixture<TestSender>(html`<hope-test-sender></hope-test-sender>`);
  Object.assign(el, {timeout: 2000, retryDelay: 40, phone: '020 7946 0999', ...props});
  await el.updateComplete;
  return el;
}

describe('outbox and configuration', () => {
  afterEach(() => storedEnvelopeKeys().forEach((k) => localStorage.removeItem(k)));

  it('nothing is written to the device without persist, even while undelivered', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 503}]);
    const el = await sender({endpoint: endpointFor(bucket), retryDelay: 60_000});
    el.send();
    await waitFor(() => el.submission.state.phase === 'queued');
    expect(storedEnvelopeKeys()).to.deep.equal([]);
    expect(document.cookie).not.to.contain('0999');
    expect(location.href).not.to.contain('0999');
    getOutbox().retryAllNow();
    await oneEvent(el, 'hope-submitted');
  });

  it('with persist, an unsent envelope survives a reload and is sent (once, same id) on the next load, without showing the next person anything', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 503}, {status: 503}, {status: 503}]);
    const frame = await senderFrame(bucket);
    try {
      const first = frameSender(frame)!;
      first.retryDelay = 60_000; // make the first page give up for now
      first.phone = '07700 900456';
      first.send();
      await waitFor(() => first.submission.state.phase === 'queued', {message: 'queued in first load'});
      const [key] = storedEnvelopeKeys();
      const saved = JSON.parse(localStorage.getItem(key)!);
      expect(saved.endpoint).to.equal(new URL(endpointFor(bucket), location.href).href);
      expect(saved.expiresAt - Date.now()).to.be.within(6.9 * 86_400_000, 7 * 86_400_000);
      frame.contentWindow!.location.reload();
      await waitFor(async () => (await stored(bucket)).length === 1, {message: 'sent after reload', timeout: 10_000});
      const [record] = await stored(bucket);
      expect(record.envelope.id).to.equal(saved.envelope.id);
      await waitFor(() => storedEnvelopeKeys().length === 0, {message: 'storage emptied after delivery'});
      const second = frameSender(frame)!;
      await second.updateComplete;
      expect(second.submission.state.phase, 'the next person sees a fresh form').to.equal('idle');
      expect(textOf(second.shadowRoot!.querySelector('[part=status]'))).to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('a stored envelope is only ever sent to the endpoint it was meant for, and an expired one is removed unsent', async () => {
    const mine = newBucket();
    const other = newBucket();
    const put = (id: string, endpoint: string, expiresAt: number) =>
      localStorage.setItem(`hope-widgets.outbox.v2.${id}`, JSON.stringify({
        endpoint, expiresAt,
        envelope: {schema: 'hope-widgets/helpline-callback@1', id, createdAt: new Date().toISOString(), locale: 'en',
          source: {widget: 'helpline-locator', version: '0', page: location.origin + '/'}, signals: {honeypot: false, fillMs: 1000},
          data: {phone: '020 7946 0999', safeToCall: true}},
      }));
    const forOther = crypto.randomUUID();
    const expired = crypto.randomUUID();
    put(forOther, new URL(endpointFor(other), location.href).href, Date.now() + 60_000);
    put(expired, new URL(endpointFor(mine), location.href).href, Date.now() - 1);
    await fixture<TestSender>(html`<hope-test-sender persist .endpoint=${endpointFor(mine)}></hope-test-sender>`);
    await sleep(300);
    expect(await attempts(mine)).to.equal(0);
    expect(await attempts(other)).to.equal(0);
    expect(storedEnvelopeKeys()).to.deep.equal([`hope-widgets.outbox.v2.${forOther}`]);
  });

  it('two tabs with persist: neither drops nor double-sends the other’s envelopes', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 503, count: 2}]);
    const a = await senderFrame(bucket);
    const b = await senderFrame(bucket);
    try {
      const [sa, sb] = [frameSender(a)!, frameSender(b)!];
      for (const [s, phone] of [[sa, '020 7946 0001'], [sb, '020 7946 0002']] as const) {
        s.retryDelay = 60_000;
        s.phone = phone;
        s.send();
      }
      await waitFor(() => sa.submission.state.phase === 'queued' && sb.submission.state.phase === 'queued', {message: 'both queued'});
      expect(storedEnvelopeKeys(), 'both kept: neither tab overwrote the other').to.have.length(2);
      // A third tab opens while both are still trying: it must leave their envelopes alone.
      const c = await senderFrame(bucket);
      await sleep(500);
      expect(await attempts(bucket), 'the new tab sent nothing').to.equal(2);
      for (const f of [a, b]) (f.contentWindow as any).retryAll();
      await waitFor(async () => (await stored(bucket)).length === 2, {message: 'both delivered'});
      await sleep(300);
      expect((await stored(bucket)).map((r) => r.envelope.data.phone).sort()).to.deep.equal(['020 7946 0001', '020 7946 0002']);
      expect(await attempts(bucket)).to.equal(4);
      expect(storedEnvelopeKeys()).to.deep.equal([]);
      c.remove();
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('closing the page while an attempt hangs: one last keepalive attempt with the same Idempotency-Key delivers it (no persist)', async () => {
    const bucket = newBucket();
    await behave(bucket, [{delayMs: 3000, drop: true}]);
    const frame = await senderFrame(bucket, false);
    try {
      const s = frameSender(frame)!;
      s.timeout = 60_000;
      s.phone = '07700 900789';
      s.send();
      await waitFor(async () => (await attempts(bucket)) === 1, {message: 'first attempt hanging'});
      expect(storedEnvelopeKeys(), 'nothing on the device without persist').to.deep.equal([]);
      frame.contentWindow!.location.href = '/test/fixtures/exited.html';
      const [record] = await waitFor(() => stored(bucket).then((r) => (r.length ? r : undefined)), {message: 'keepalive delivery'});
      expect(record.envelope.data.phone).to.equal('07700 900789');
      expect(record.idempotencyKey).to.equal(record.envelope.id);
      await sleep(3200); // the hanging attempt ends with a dropped connection: still one record
      expect(await stored(bucket)).to.have.length(1);
    } finally {
      frame.remove();
    }
  });

  it('an endpoint with a user name or password in it is a configuration error at once: nothing sent', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    let fetched = 0;
    const originalFetch = window.fetch;
    window.fetch = (...a) => (fetched++, originalFetch(...a));
    try {
      const configEvent = new Promise<CustomEvent>((r) => document.addEventListener('hope-error', (e) => r(e as CustomEvent), {once: true}));
      const el = await fixture<TestSender>(html`<hope-test-sender endpoint="https://intake:s3cret@example.org/reports"></hope-test-sender>`);
      expect((await configEvent).detail).to.deep.equal({kind: 'config', reason: 'credentials-in-endpoint', willRetry: false});
      el.phone = '020 7946 0999';
      el.send();
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('[part=config-message]'))).to.contain('cannot send anything');
      expect(errors).to.have.length(1);
      expect(String(errors[0][0])).to.contain('user name or password');
      expect(String(errors[0][0])).not.to.contain('s3cret');
      expect(fetched).to.equal(0);
    } finally {
      console.error = original;
      window.fetch = originalFetch;
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
    clock.random = () => 0; // no jitter: 1000, 2000, 4000…
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

  it('jitter spreads retries between all and one and a half times the back-off, never sooner', async () => {
    const el = await sender({deliver: async () => ({status: 503}), retryDelay: 1000});
    const random = clock.random;
    clock.random = () => 0;
    try {
      el.send();
      await waitFor(() => el.submission.state.phase === 'queued');
      const s = el.submission.state as {nextAttemptAt: number};
      expect(Math.round((s.nextAttemptAt - clock.now()) / 100) * 100).to.equal(1000);
    } finally {
      clock.random = random;
      getOutbox().exit();
      await sleep(10);
    }
  });

  describe('Retry-After cannot make the client hammer the endpoint (virtual clock, default retry delay)', () => {
    const at = (ms: number) => new Date(ms).toUTCString();
    const cases: Array<[string, (deviceNow: number) => string | number]> = [
      ['0', () => 0],
      ['-5', () => '-5'],
      ['1.5', () => '1.5'],
      ['a past date', (now) => at(now - 60_000)],
      ['a date, with the device clock an hour ahead', (now) => at(now - 3_600_000 + 2_000)],
    ];
    for (const [name, value] of cases) {
      it(`Retry-After: ${name} — at most 4 attempts in 10 s, each at least 1 s apart`, async () => {
        const bucket = newBucket();
        const v = virtualClock(name.includes('hour ahead') ? 3_600_000 : 0);
        try {
          await behave(bucket, [{status: 429, retryAfter: value(v.now()), count: 50}]);
          const el = await sender({endpoint: endpointFor(bucket), retryDelay: 1000, timeout: 15_000});
          const waits = await v.run(el, 10_000);
          expect(await attempts(bucket)).to.be.within(3, 4);
          for (const w of waits) expect(w).to.be.at.least(1000);
        } finally {
          v.restore();
          getOutbox().exit();
          await sleep(10);
        }
      });
    }

    it('an HTTP-date is read against the response Date header, so a device clock an hour ahead still waits the time asked', async () => {
      const bucket = newBucket();
      const v = virtualClock(3_600_000);
      try {
        const serverNow = Date.now();
        await behave(bucket, [{status: 429, retryAfter: at(serverNow + 8_000), date: at(serverNow), count: 2}]);
        const el = await sender({endpoint: endpointFor(bucket), retryDelay: 1000, timeout: 15_000});
        const [first] = await v.run(el, 5_000);
        expect(first).to.be.within(7_000, 9_000);
      } finally {
        v.restore();
        getOutbox().exit();
        await sleep(10);
      }
    });
  });
});

/** A frame holding one <hope-test-sender> that posts to the bucket (persist unless told otherwise). */
async function senderFrame(bucket: string, persist = true): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/persist-page.html?persist=${persist ? 1 : 0}&endpoint=${encodeURIComponent(endpointFor(bucket))}`;
  document.body.append(frame);
  await waitFor(() => frameSender(frame)?.shadowRoot?.querySelector('form'), {message: 'sender in frame'});
  return frame;
}

function frameSender(frame: HTMLIFrameElement): TestSender | null | undefined {
  return frame.contentDocument?.querySelector<TestSender>('hope-test-sender');
}

/**
 * Replaces the clock's time and timers. `run` plays the retries of one widget: whenever the
 * widget is waiting to retry, it jumps to the retry's time, until `windowMs` has passed; it
 * returns the waits the client asked for. The network stays real.
 */
function virtualClock(offsetMs: number) {
  const saved = {...clock};
  let now = Date.now() + offsetMs;
  let timers: Array<{id: number; at: number; fn: () => void}> = [];
  let nextId = 1;
  clock.now = () => now;
  clock.setTimeout = (fn, ms) => {
    const id = nextId++;
    timers.push({id, at: now + ms, fn});
    return id;
  };
  clock.clearTimeout = (id) => (timers = timers.filter((t) => t.id !== id));
  return {
    now: () => now,
    restore: () => Object.assign(clock, saved),
    async run(el: TestSender, windowMs: number): Promise<number[]> {
      const end = now + windowMs;
      const waits: number[] = [];
      el.send();
      for (let i = 0; i < 50; i++) {
        await waitFor(() => el.submission.state.phase === 'queued' && timers.length === 1, {message: 'waiting to retry'});
        const [t] = timers;
        waits.push(t.at - now);
        if (t.at > end) break;
        timers = [];
        now = t.at;
        t.fn();
        await waitFor(() => el.submission.state.phase !== 'queued', {message: 'retrying'});
      }
      return waits;
    },
  };
}
