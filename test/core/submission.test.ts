import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import '../fixtures/test-sender.js';
import type {TestSender} from '../fixtures/test-sender.js';
import {endpointFor, newBucket, stored, textOf, validate} from '../helpers.js';

async function sender(endpoint?: string) {
  const el = await fixture<TestSender>(html`<hope-test-sender .endpoint=${endpoint}></hope-test-sender>`);
  el.timeout = 3000;
  el.retryDelay = 50;
  el.phone = '020 7946 0123';
  await el.updateComplete;
  return el;
}

describe('submission client', () => {
  it('posts one valid envelope to a relative endpoint and shows the server reference', async () => {
    const bucket = newBucket();
    const el = await sender(endpointFor(bucket));
    const submitted = oneEvent(el, 'hope-submitted');
    el.send();
    const ev = await submitted;
    const [record] = await stored(bucket);
    expect(record.envelope.data).to.deep.equal({phone: '020 7946 0123', safeToCall: true});
    expect(record.idempotencyKey).to.equal(record.envelope.id);
    expect(ev.detail).to.include({kind: 'submission', id: record.envelope.id, reference: record.reference, status: 201});
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part=status]'))).to.contain(record.reference);
    expect((await validate('envelope.schema.json', record.envelope)).valid).to.equal(true);
  });
});
