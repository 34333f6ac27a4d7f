import {expect, oneEvent} from '@open-wc/testing';
import type {HopeReportConcern} from '../../src/report-concern/index.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {runSendingSuite} from '../shared/sending-suite.js';
import {behave, deepActiveElement, endpointFor, newBucket, stored, textOf, validate, waitFor} from '../helpers.js';
import {$, click, create, headingText, submit, summary, toCheckAnswers, typeInto} from './drive.js';

afterEach(async () => {
  resetPageLocaleForTests();
  await setLocale('en');
});

runSendingSuite<HopeReportConcern>({
  name: 'hope-report-concern',
  dataSchema: 'report-concern.schema.json',
  create: (endpoint) => create({endpoint}),
  async fillAndSend(el) {
    await toCheckAnswers(el);
    await click(el, 'form button[type=submit]');
  },
  async sendAgain(el) {
    const send = $(el, 'form button[type=submit]');
    if (!send) throw new Error('no send button');
    send.click();
    await el.updateComplete;
  },
  snapshot: (el) => summary(el),
  fieldPointer: {pointer: '/data/description', fieldId: 'description'},
});

describe('hope-report-concern: what the organisation rejects', () => {
  it('422 on /data/reporter/email: takes the person to that field on "About you", keeps every answer, and sends once fixed', async () => {
    const bucket = newBucket('rc');
    await behave(bucket, [{status: 422, problem: [{pointer: '/data/reporter/email', detail: 'must match format "email"'}]}]);
    const el = await create({endpoint: endpointFor(bucket)});
    await toCheckAnswers(el);
    await click(el, 'a[href="#privacy"]');
    await click(el, '#privacy-confidential');
    await typeInto(el, '#email', 'ola@example.com');
    await click(el, '#safeToContact');
    await submit(el);
    expect(headingText(el)).to.equal('Check your answers before sending');
    const before = summary(el);
    const rejected = oneEvent(el, 'hope-error');
    await submit(el);
    expect((await rejected).detail).to.include({status: 422, willRetry: false});
    await waitFor(() => headingText(el) === 'About you', {message: 'back on About you'});
    const root = el.shadowRoot!;
    expect(deepActiveElement()).to.equal(root.querySelector('.error-summary'));
    const email = root.querySelector<HTMLInputElement>('#email')!;
    expect(email.value).to.equal('ola@example.com');
    expect(email.getAttribute('aria-describedby')).to.contain('email-error');
    expect(textOf(root.getElementById('email-error'))).to.equal('Error: The organisation could not accept this answer. Check it and try again.');
    expect(textOf(root as unknown as Element)).not.to.contain('must match format');
    root.querySelector<HTMLAnchorElement>('.error-summary a[href="#email"]')!.click();
    expect(deepActiveElement()).to.equal(email);
    // Continue returns to check answers with nothing lost; sending again stores one valid record.
    await submit(el);
    expect(headingText(el)).to.equal('Check your answers before sending');
    expect(summary(el)).to.deep.equal(before);
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await done;
    const records = await stored(bucket);
    expect(records).to.have.length(1);
    expect(records[0].envelope.data.reporter).to.deep.equal({privacy: 'confidential', email: 'ola@example.com', safeToContact: true});
    expect((await validate('report-concern.schema.json', records[0].envelope.data)).valid).to.equal(true);
  });

  it('a pointer the form does not know: stays on check answers, says it was not sent and not their fault, keeps the answers', async () => {
    const bucket = newBucket('rc');
    await behave(bucket, [{status: 422, problem: [{pointer: '/data/something-new'}]}]);
    const el = await create({endpoint: endpointFor(bucket)});
    await toCheckAnswers(el);
    const before = summary(el);
    const rejected = oneEvent(el, 'hope-error');
    await submit(el);
    await rejected;
    await el.updateComplete;
    expect(headingText(el)).to.equal('Check your answers before sending');
    expect(textOf($(el, '[part~=status]'))).to.contain('It has not been sent');
    expect(textOf($(el, '[part~=status]'))).to.contain('not your fault');
    expect(textOf($(el, '[part~=status]'))).not.to.contain('Check your answers and try again');
    expect(summary(el)).to.deep.equal(before);
  });
});
