// The optional, anonymous send of the selection (only with `endpoint`, only on the person's press).
import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import '../../src/indicator-checklist/index.js';
import type {HopeIndicatorChecklist} from '../../src/indicator-checklist/index.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {runSendingSuite} from '../shared/sending-suite.js';
import {endpointFor, newBucket, press, sleep, stored, textOf, validate, waitFor} from '../helpers.js';
import {q, tick} from './drive.js';


async function pressSend(el: HopeIndicatorChecklist) {
  await el.updateComplete;
  const button = q<HTMLButtonElement>(el, '#send-button');
  if (!button) throw new Error('no send button');
  button.focus();
  await press('Enter');
}

// "Nothing configured" for a widget whose sending is optional: the host opted in (an endpoint
// attribute) but gave nothing usable. Without the attribute the checklist simply never sends.
runSendingSuite<HopeIndicatorChecklist>({
  name: 'hope-indicator-checklist',
  dataSchema: 'indicator-checklist.schema.json',
  async create(endpoint) {
    const el = await fixture<HopeIndicatorChecklist>(html`<hope-indicator-checklist .endpoint=${endpoint ?? ''}></hope-indicator-checklist>`);
    await el.updateComplete;
    return el;
  },
  async fillAndSend(el) {
    await tick(el, 'documents-held');
    await pressSend(el);
  },
  async sendAgain(el) {
    q<HTMLButtonElement>(el, '#send-button').click();
  },
  snapshot(el) {
    return {
      ticked: [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=indicators]')].filter((b) => b.checked).map((b) => b.value),
      place: q<HTMLSelectElement>(el, '#start-place').value,
    };
  },
  fieldPointer: {pointer: '/data/indicators', fieldId: 'sign-documents-held'},
});

describe('hope-indicator-checklist: optional send', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('sends nothing until the person presses send, then posts the anonymous selection once, valid against the schema', async () => {
    const bucket = newBucket('checklist');
    const el = await fixture<HopeIndicatorChecklist>(
      html`<hope-indicator-checklist endpoint=${endpointFor(bucket)} organisation="Example Council (demo)"></hope-indicator-checklist>`,
    );
    await el.updateComplete;
    expect(textOf(q(el, '[part=send]'))).to.contain('Tick at least one sign to send it');
    const select = q<HTMLSelectElement>(el, '#start-place');
    select.value = 'car-wash';
    select.dispatchEvent(new Event('change'));
    await tick(el, 'documents-held', 'debt-bondage', 'goes-missing');
    await sleep(300);
    expect(await stored(bucket)).to.deep.equal([]);
    expect(textOf(q(el, '#send-button'))).to.equal('Send the signs to Example Council (demo)');
    const done = oneEvent(el, 'hope-submitted');
    await pressSend(el);
    await done;
    const records = await stored(bucket);
    expect(records).to.have.length(1);
    const {envelope} = records[0];
    expect(envelope.schema).to.equal('hope-widgets/indicator-checklist@1');
    expect(envelope.source.widget).to.equal('indicator-checklist');
    expect(envelope.data).to.deep.equal({
      indicators: ['documents-held', 'debt-bondage', 'goes-missing'],
      exploitationTypes: ['labour', 'criminal', 'child'],
      placeType: 'car-wash',
    });
    expect((await validate('indicator-checklist.schema.json', envelope.data)).valid).to.equal(true);
    expect((await validate('envelope.schema.json', envelope)).valid).to.equal(true);
    await waitFor(() => textOf(q(el, '[part~=status]')).includes(records[0].reference), {message: 'reference shown'});
    expect(textOf(q(el, '[part~=status]'))).to.contain('Signs sent');
    expect(el.shadowRoot!.querySelector('#send-button')).to.equal(null);
    await expect(el).to.be.accessible();
    // Changing the selection afterwards offers a fresh send (the confirmation no longer describes it).
    await tick(el, 'threats');
    expect(q(el, '#send-button')).to.exist;
    await sleep(200);
    expect(await stored(bucket)).to.have.length(1);
  });

  it('the schema accepts ids, types and a place type only: no free text, nothing empty', async () => {
    const ok = await validate('indicator-checklist.schema.json', {indicators: ['documents-held']});
    expect(ok.valid).to.equal(true);
    for (const bad of [
      {indicators: []},
      {indicators: ['documents-held'], description: 'a man at the car wash'},
      {indicators: ['Documents held']},
      {indicators: ['documents-held'], exploitationTypes: ['slavery']},
      {indicators: ['documents-held'], placeType: '12 High Street'},
      {indicators: ['documents-held', 'documents-held']},
      {indicators: ['documents-held'], exploitationTypes: []},
      {indicators: ['documents-held'], country: 'GB'},
      {indicators: ['documents-held'], immediateDanger: true},
    ]) {
      expect((await validate('indicator-checklist.schema.json', bad)).valid, JSON.stringify(bad)).to.equal(false);
    }
  });

  it('without an endpoint attribute it has no send button and logs nothing', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => logged.push(a);
    try {
      const el = await fixture<HopeIndicatorChecklist>(html`<hope-indicator-checklist></hope-indicator-checklist>`);
      await tick(el, 'documents-held');
      await sleep(50);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=send]')).to.equal(null);
      expect(logged).to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });

  it('a quick exit forgets a confirmed send along with the ticks', async () => {
    const bucket = newBucket('checklist');
    const el = await fixture<HopeIndicatorChecklist>(html`<hope-indicator-checklist endpoint=${endpointFor(bucket)}></hope-indicator-checklist>`);
    await el.updateComplete;
    await tick(el, 'documents-held');
    const done = oneEvent(el, 'hope-submitted');
    await pressSend(el);
    await done;
    el.clear();
    await el.updateComplete;
    expect(textOf(q(el, '[part~=status]'))).to.equal('');
    expect(el.selection.indicators).to.deep.equal([]);
  });
});
