import {fixture, html} from '@open-wc/testing';
import '../fixtures/test-sender.js';
import type {TestSender} from '../fixtures/test-sender.js';
import {runSendingSuite} from '../shared/sending-suite.js';
import {type} from '../helpers.js';

// The core client through the minimal test widget: the same suite every real widget runs.
runSendingSuite<TestSender>({
  name: 'core client (test widget)',
  dataSchema: 'helpline-callback.schema.json',
  async create(endpoint) {
    return fixture<TestSender>(html`<hope-test-sender .endpoint=${endpoint}></hope-test-sender>`);
  },
  async fillAndSend(el) {
    el.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.focus();
    await type('020 7946 0123');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
  async sendAgain(el) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
  snapshot(el) {
    const r = el.shadowRoot!;
    return {phone: r.querySelector<HTMLInputElement>('#phone')!.value, note: r.querySelector<HTMLTextAreaElement>('#note')!.value};
  },
  fieldPointer: {pointer: '/data/phone', fieldId: 'phone'},
});
