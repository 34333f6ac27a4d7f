/**
 * What every sending widget must do with its endpoint, run against the real receiver. A widget's
 * test file calls `runSendingSuite(harness)`; the harness says how a person fills it in.
 */
import {expect, oneEvent} from '@open-wc/testing';
import type {SendingElement} from '../../src/core/sending-element.js';
import {behave, endpointFor, newBucket, stored, textOf, validate, waitFor, deepActiveElement, sleep} from '../helpers.js';

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

    it('hope-submit cancelled by the host: the host takes it over, the person gets a reference', async () => {
      const bucket = newBucket();
      const el = await setup(endpointFor(bucket));
      el.addEventListener('hope-submit', (e) => e.preventDefault(), {once: true});
      await h.fillAndSend(el);
      await waitFor(() => /[0-9A-F]{4}-[0-9A-F]{4}/.test(status(el)), {message: 'short reference'});
      await sleep(200);
      expect(await stored(bucket)).to.have.length(0);
    });
  });
}
