/**
 * What every sending widget must do with its endpoint, run against the real receiver. A widget's
 * test file calls `runSendingSuite(harness)`; the harness says how a person fills it in.
 */
import {expect, oneEvent} from '@open-wc/testing';
import type {SendingElement} from '../../src/core/sending-element.js';
import {attempts, behave, endpointFor, newBucket, stored, textOf, validate, waitFor, deepActiveElement, sleep} from '../helpers.js';

export interface SendingHarness<E extends SendingElement = SendingElement> {
  /** Shown in the test names. */
  name: string;
  /** Data schema file, e.g. `helpline-callback.schema.json`. */
  dataSchema: string;
  /** Puts the widget in the page (e.g. with `fixture`) with this endpoint; undefined means none. */
  create(endpoint: string | undefined): Promise<E>;
  /** Fills in valid answers and presses the send button as a person would (a real click or key press). */
  fillAndSend(el: E): Promise<void>;
  /** Presses the send button again (after a rejection): same answers. */
  sendAgain(el: E): Promise<void>;
  /** What the person typed, as they would see it: compared before and after failures. */
  snapshot(el: E): unknown;
  /** A pointer the widget maps to a field, and the id of that control in the shadow root. */
  fieldPointer: {pointer: string; fieldId: string};
}

const FAST = {timeout: 2000, retryDelay: 40};

export function runSendingSuite<E extends SendingElement>(h: SendingHarness<E>): void {
  describe(`${h.name}: sending (shared suite)`, () => {
    async function setup(endpoint: string | undefined) {
      const el = await h.create(endpoint);
      Object.assign(el, FAST);
      await el.updateComplete;
      return el;
    }
    const status = (el: E) => textOf(el.shadowRoot!.querySelector('[part~=status]'));

    it('delivers one envelope that validates, confirms with the server reference, and events carry no answers', async () => {
      const bucket = newBucket();
      const el = await setup(endpointFor(bucket));
      const events: CustomEvent[] = [];
      for (const n of ['hope-submit', 'hope-submitted', 'hope-error']) document.addEventListener(n, (e) => events.push(e as CustomEvent));
      const done = oneEvent(el, 'hope-submitted');
      await h.fillAndSend(el);
      await done;
      const records = await stored(bucket);
      expect(records).to.have.length(1);
      expect((await validate(h.dataSchema, records[0].envelope.data)).valid).to.equal(true);
      await waitFor(() => status(el).includes(records[0].reference), {message: 'reference shown'});
      const allowed = ['kind', 'id', 'schema', 'status', 'reference', 'reason', 'willRetry'];
      for (const e of events) expect(Object.keys(e.detail).every((k) => allowed.includes(k)), JSON.stringify(e.detail)).to.equal(true);
      expect(events.map((e) => e.type)).to.deep.equal(['hope-submit', 'hope-submitted']);
    });

    it('posts across origins (CORS) without cookies', async () => {
      const bucket = newBucket();
      const el = await setup(endpointFor(bucket, 'cross'));
      await h.fillAndSend(el);
      const [record] = await waitFor(() => stored(bucket).then((r) => (r.length ? r : undefined)));
      expect(record.origin).to.equal(location.origin);
      expect(record.hadCookie).to.equal(false);
    });

    it('503 twice then success: the person is told it is queued, and exactly one record is stored', async () => {
      const bucket = newBucket();
      await behave(bucket, [{status: 503}, {status: 503}]);
      const el = await setup(endpointFor(bucket));
      const errors: CustomEvent[] = [];
      el.addEventListener('hope-error', (e) => errors.push(e as CustomEvent));
      await h.fillAndSend(el);
      await waitFor(() => errors.length >= 1, {message: 'first failure'});
      expect(errors[0].detail).to.include({kind: 'submission', status: 503, willRetry: true});
      await oneEvent(el, 'hope-submitted');
      const records = await stored(bucket);
      expect(records).to.have.length(1);
      expect(errors.length).to.equal(2);
    });

    it('connection dropped, then restored: delivered once', async () => {
      const bucket = newBucket();
      await behave(bucket, [{drop: true}]);
      const el = await setup(endpointFor(bucket));
      const done = oneEvent(el, 'hope-submitted');
      await h.fillAndSend(el);
      await done;
      expect(await stored(bucket)).to.have.length(1);
    });

    it('slow past the timeout: retried with the same id, one record', async () => {
      const bucket = newBucket();
      await behave(bucket, [{delayMs: 900}]);
      const el = await setup(endpointFor(bucket));
      el.timeout = 300;
      const errors: CustomEvent[] = [];
      el.addEventListener('hope-error', (e) => errors.push(e as CustomEvent));
      const done = oneEvent(el, 'hope-submitted');
      await h.fillAndSend(el);
      await done;
      expect(errors[0].detail.reason).to.equal('timeout');
      await sleep(800); // let the slow first request land too
      expect(await stored(bucket)).to.have.length(1);
    });

    it('400 without problem+json: keeps every answer and shows our own words, not the server’s', async () => {
      const bucket = newBucket();
      await behave(bucket, [{status: 400, text: 'SERVER-SECRET-DETAIL'}]);
      const el = await setup(endpointFor(bucket));
      const error = oneEvent(el, 'hope-error');
      await h.fillAndSend(el);
      const before = h.snapshot(el);
      expect((await error).detail).to.include({status: 400, willRetry: false});
      await el.updateComplete;
      expect(textOf(el.shadowRoot as unknown as Element)).not.to.contain('SERVER-SECRET-DETAIL');
      expect(h.snapshot(el)).to.deep.equal(before);
      expect(await stored(bucket)).to.have.length(0);
      // Sending again works and stores one record.
      const done = oneEvent(el, 'hope-submitted');
      await h.sendAgain(el);
      await done;
      expect(await stored(bucket)).to.have.length(1);
    });

    it('422 with a problem+json pointer: the field shows an error and the summary link focuses it', async () => {
      const bucket = newBucket();
      await behave(bucket, [{status: 422, problem: [{pointer: h.fieldPointer.pointer, detail: 'RAW-VALIDATOR-MESSAGE'}]}]);
      const el = await setup(endpointFor(bucket));
      await h.fillAndSend(el);
      const root = el.shadowRoot!;
      const control = await waitFor(() => root.querySelector<HTMLElement>(`#${h.fieldPointer.fieldId}[aria-describedby*="error"]`), {
        message: 'field error',
      });
      const describedBy = control.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('error'))!;
      expect(textOf(root.getElementById(describedBy))).to.match(/^Error: /);
      expect(textOf(root as unknown as Element)).not.to.contain('RAW-VALIDATOR-MESSAGE');
      const link = root.querySelector<HTMLAnchorElement>(`.error-summary a[href="#${h.fieldPointer.fieldId}"]`)!;
      const hash = location.hash;
      link.click();
      expect(deepActiveElement()).to.equal(control);
      expect(location.hash).to.equal(hash);
    });

    it('three failures while online: says plainly it has not been sent, and shows the helpline', async () => {
      const bucket = newBucket();
      await behave(bucket, [{status: 500}, {status: 500}, {status: 500}, {status: 500}, {status: 500}]);
      const el = await setup(endpointFor(bucket));
      await h.fillAndSend(el);
      await waitFor(() => status(el).includes('It has not been sent'), {message: 'not-sent message'});
      expect(status(el)).to.contain('08000 121 700');
      await expect(el).to.be.accessible();
    });

    it('429 with Retry-After: waits that long before trying again', async () => {
      const bucket = newBucket();
      await behave(bucket, [{status: 429, retryAfter: 1}]);
      const el = await setup(endpointFor(bucket));
      const failed = oneEvent(el, 'hope-error');
      const done = oneEvent(el, 'hope-submitted');
      await h.fillAndSend(el);
      await failed;
      const t0 = performance.now();
      await done;
      expect(performance.now() - t0).to.be.greaterThan(900);
    });

    it('a double press sends one envelope', async () => {
      const bucket = newBucket();
      await behave(bucket, [{delayMs: 300}]);
      const el = await setup(endpointFor(bucket));
      let submits = 0;
      el.addEventListener('hope-submit', () => submits++);
      const done = oneEvent(el, 'hope-submitted');
      await h.fillAndSend(el);
      await h.sendAgain(el).catch(() => {});
      await done;
      await sleep(300);
      expect(submits).to.equal(1);
      expect(await stored(bucket)).to.have.length(1);
    });

    it('nothing configured: a clear message, one console error, nothing sent', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const el = await setup(undefined);
        await el.updateComplete;
        await el.updateComplete;
        expect(textOf(el.shadowRoot!.querySelector('[part=config-message]'))).to.contain('cannot send anything');
        expect(logged.filter((a) => String(a[0]).includes('hope-widgets'))).to.have.length(1);
      } finally {
        console.error = original;
      }
    });

    it('a listener calling preventDefault() on hope-submit changes nothing: delivered, one record', async () => {
      const bucket = newBucket();
      const el = await setup(endpointFor(bucket));
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('hope-submit', cancel);
      try {
        const submit = oneEvent(el, 'hope-submit');
        const done = oneEvent(el, 'hope-submitted');
        await h.fillAndSend(el);
        expect((await submit).cancelable).to.equal(false);
        await done;
        const records = await stored(bucket);
        expect(records).to.have.length(1);
        await waitFor(() => status(el).includes(records[0].reference), {message: 'server reference shown'});
      } finally {
        document.removeEventListener('hope-submit', cancel);
      }
    });

    it('the endpoint redirects (302 to a page that answers 200): never "sent"; after 3 tries, not sent with the helpline, one console error', async () => {
      const bucket = newBucket();
      await behave(bucket, [{status: 302, location: `/receiver/${bucket}/page`, count: 5}]);
      const el = await setup(endpointFor(bucket));
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const failed = waitForEvent(el, 'hope-error', (d) => d.willRetry === false);
        await h.fillAndSend(el);
        const before = h.snapshot(el);
        expect((await failed).detail).to.include({kind: 'submission', reason: 'redirect', willRetry: false});
        await el.updateComplete;
        expect(status(el)).to.contain('It has not been sent');
        expect(status(el)).to.contain('not your fault');
        expect(status(el)).to.contain('08000 121 700');
        expect(status(el)).to.contain('999');
        expect(status(el)).not.to.match(/Report sent|Sent|Your reference/);
        expect(h.snapshot(el)).to.deep.equal(before);
        const redirectErrors = logged.filter((a) => /redirect/i.test(String(a[0])));
        expect(redirectErrors).to.have.length(1);
        expect(String(redirectErrors[0][0])).to.contain('final URL');
        expect(await stored(bucket)).to.have.length(0);
        expect(await attempts(bucket)).to.equal(3);
      } finally {
        console.error = original;
      }
    });

    for (const code of [401, 403, 404, 405, 413]) {
      it(`${code}: keeps everything, says it was not sent and not their fault, shows helpline and emergency number, never "check your answers"`, async () => {
        const bucket = newBucket();
        await behave(bucket, [{status: code, text: 'FIREWALL-PAGE'}]);
        const el = await setup(endpointFor(bucket));
        const logged: unknown[][] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => logged.push(args);
        try {
          const error = oneEvent(el, 'hope-error');
          await h.fillAndSend(el);
          const before = h.snapshot(el);
          expect((await error).detail).to.include({status: code, willRetry: false});
          await el.updateComplete;
          const text = status(el);
          expect(text).to.contain('It has not been sent');
          expect(text).to.contain('not your fault');
          expect(text).to.contain('08000 121 700');
          expect(text).to.contain('999');
          expect(textOf(el.shadowRoot as unknown as Element)).not.to.match(/Check your answers and try again|FIREWALL-PAGE/);
          expect(h.snapshot(el)).to.deep.equal(before);
          expect(logged.some((a) => String(a[0]).includes(String(code)))).to.equal(true);
          await expect(el).to.be.accessible();
        } finally {
          console.error = original;
        }
      });
    }

    it('422 naming only what the person cannot change (/id, an unknown field): not sent, not their fault, no field marked', async () => {
      const bucket = newBucket();
      await behave(bucket, [{status: 422, problem: [{pointer: '/id'}, {pointer: '/data/no-such-field'}]}]);
      const el = await setup(endpointFor(bucket));
      const error = oneEvent(el, 'hope-error');
      await h.fillAndSend(el);
      await error;
      await el.updateComplete;
      expect(status(el)).to.contain('not your fault');
      expect(el.shadowRoot!.querySelector('[aria-invalid=true], .error-summary')).to.equal(null);
    });
  });
}

/** The next `name` event whose detail passes `test`. */
function waitForEvent(el: Element, name: string, test: (detail: any) => boolean): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const on = (e: Event) => {
      if (!test((e as CustomEvent).detail)) return;
      el.removeEventListener(name, on);
      resolve(e as CustomEvent);
    };
    el.addEventListener(name, on);
  });
}
