import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import '../../src/quick-exit/index.js';
import '../fixtures/test-sender.js';
import {DEFAULT_EXIT_HREF, type HopeQuickExit} from '../../src/quick-exit/index.js';
import {clock} from '../../src/core/clock.js';
import {getOutbox} from '../../src/core/outbox.js';
import type {TestSender} from '../fixtures/test-sender.js';
import {behave, endpointFor, newBucket, press, stored, storedEnvelopeKeys, textOf, waitFor, deepActiveElement, sleep} from '../helpers.js';
import {copyText} from '../../src/core/clipboard.js';

async function exitWithSpy(markup = html`<hope-quick-exit></hope-quick-exit>`) {
  const el = await fixture<HopeQuickExit>(markup);
  const visits: string[] = [];
  el.navigate = (href) => visits.push(href);
  return {el, visits, status: () => textOf(el.shadowRoot!.querySelector('[role=status]'))};
}

describe('hope-quick-exit', () => {
  // The Shift count is page-wide: start every test from zero (any other key resets it).
  beforeEach(() => press('Escape'));
  it('is accessible: a real link with its hint as description', async () => {
    const {el} = await exitWithSpy();
    await expect(el).to.be.accessible();
    const link = el.shadowRoot!.querySelector('a[part~=button]')!;
    expect(link.getAttribute('href')).to.equal(DEFAULT_EXIT_HREF);
    const hint = el.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(textOf(hint)).to.equal('Or press the Shift key 3 times.');
    expect(getComputedStyle(el).position).to.equal('sticky');
  });

  it('only leaves for http(s) addresses: anything else falls back to the default', async () => {
    const {el, visits} = await exitWithSpy(html`<hope-quick-exit href="javascript:alert(1)"></hope-quick-exit>`);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(DEFAULT_EXIT_HREF);
    el.href = 'https://example.org/weather';
    await el.updateComplete;
    el.exit();
    expect(visits).to.deep.equal(['https://example.org/weather']);
  });

  it('by keyboard: Tab to the button and press Enter', async () => {
    const {el, visits} = await exitWithSpy();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await press('Tab');
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('a'));
    const fired = oneEvent(window, 'hope-quick-exit');
    await press('Enter');
    await fired;
    expect(visits).to.deep.equal([DEFAULT_EXIT_HREF]);
    before.remove();
  });

  it('Shift three times leaves; the status region counts down for screen readers', async () => {
    const {el, visits, status} = await exitWithSpy();
    document.body.focus();
    await press('Shift');
    await el.updateComplete;
    expect(status()).to.equal('Shift, press 2 more times to exit.');
    await press('Shift');
    await el.updateComplete;
    expect(status()).to.equal('Shift, press 1 more time to exit.');
    await press('Shift');
    await el.updateComplete;
    expect(visits).to.have.length(1);
    expect(status()).to.contain('Leaving now');
    expect(el.shadowRoot!.querySelector('[part=overlay]')).to.exist;
  });

  it('any other key resets the count, and so does Shift with a modifier', async () => {
    const {el, visits, status} = await exitWithSpy();
    await press('Shift', 2);
    await press('a');
    await el.updateComplete;
    expect(status()).to.equal('');
    await press('Shift');
    // Ctrl+Shift (a shortcut, not a quick exit). WebDriver classic cannot hold a modifier, so this one key is synthetic.
    document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', shiftKey: true, ctrlKey: true, bubbles: true, composed: true}));
    await press('Shift', 2);
    expect(visits).to.have.length(0);
    await press('Shift');
    expect(visits).to.have.length(1);
  });

  it('the three presses must come within 5 seconds', async () => {
    const {visits} = await exitWithSpy();
    const realNow = clock.now;
    let offset = 0;
    clock.now = () => realNow() + offset;
    try {
      await press('Shift', 2);
      offset = 6000;
      await press('Shift');
      expect(visits).to.have.length(0);
      await press('Shift', 2);
      expect(visits).to.have.length(1);
    } finally {
      clock.now = realNow;
    }
  });

  it('one listener per page, even with a second copy of the library (two bundles)', async () => {
    // A second module instance, as a second bundle would have.
    const copy = await import(/* @vite-ignore */ `../../src/quick-exit/shift-listener.ts?copy=${Date.now()}`);
    const {visits} = await exitWithSpy();
    let copyTriggered = 0;
    const unregister = copy.registerExit({isConnected: () => true, progress() {}, trigger: () => copyTriggered++});
    try {
      await press('Shift', 2);
      expect(visits.length + copyTriggered).to.equal(0); // two listeners would have counted 4
      await press('Shift');
      expect(visits.length + copyTriggered).to.equal(1);
    } finally {
      unregister();
    }
  });

  it('pageshow (coming back with Back) removes the overlay', async () => {
    const {el} = await exitWithSpy();
    el.exit();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=overlay]')).to.exist;
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=overlay]')).to.equal(null);
  });

  it('clears every widget, never prompts, gives a queued envelope one keepalive attempt, and keeps nothing', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 503}]);
    const el = await fixture(html`<div>
      <hope-quick-exit></hope-quick-exit>
      <hope-test-sender persist .endpoint=${endpointFor(bucket)}></hope-test-sender>
    </div>`);
    const exit = el.querySelector('hope-quick-exit')!;
    const visits: string[] = [];
    exit.navigate = (href) => visits.push(href);
    const sender = el.querySelector<TestSender>('hope-test-sender')!;
    sender.retryDelay = 60_000; // stays queued until the exit
    sender.phone = '07700 900123';
    sender.send();
    await waitFor(() => sender.submission.state.phase === 'queued');
    expect(getOutbox().guarding).to.equal(true);
    expect(storedEnvelopeKeys().map((k) => localStorage.getItem(k)).join()).to.contain('07700 900123');
    window.onbeforeunload = () => 'stay?';
    exit.exit();
    expect(visits).to.have.length(1);
    expect(window.onbeforeunload).to.equal(null);
    expect(getOutbox().guarding).to.equal(false);
    expect(getOutbox().size).to.equal(0);
    expect(storedEnvelopeKeys()).to.deep.equal([]);
    await sender.updateComplete;
    expect(sender.phone).to.equal('');
    expect(sender.submission.state.phase).to.equal('idle');
    const records = await waitFor(() => stored(bucket).then((r) => (r.length ? r : undefined)), {message: 'keepalive delivery'});
    expect(records).to.have.length(1);
    await sleep(200);
    expect(await stored(bucket)).to.have.length(1);
  });

  it('really replaces the page: no history entry to come Back to, and no referrer for the next site', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/exit-page.html';
    document.body.append(frame);
    try {
      await waitFor(() => frame.contentDocument?.querySelector('hope-quick-exit')?.shadowRoot?.querySelector('a'), {message: 'exit in frame'});
      const historyBefore = history.length;
      frame.contentDocument!.querySelector('hope-quick-exit')!.shadowRoot!.querySelector('a')!.click();
      await waitFor(() => frame.contentWindow!.location.pathname.endsWith('/exited.html') && frame.contentDocument!.readyState === 'complete', {message: 'navigated'});
      expect(history.length).to.equal(historyBefore);
      expect(frame.contentDocument!.referrer, 'the help page’s address is not sent').to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('clears stored envelopes on a page that has only the exit (no sending widget loaded)', async () => {
    const key = `hope-widgets.outbox.v2.${crypto.randomUUID()}`;
    localStorage.setItem(key, JSON.stringify({endpoint: 'https://intake.example.org/r', expiresAt: Date.now() + 60_000, envelope: {id: 'x', schema: 's', source: {widget: 'report-concern'}, data: {description: 'what I saw'}}}));
    localStorage.setItem('hope-widgets.outbox.v1', '[{"id":"old"}]');
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/exit-page.html';
    document.body.append(frame);
    try {
      const exit = await waitFor(() => frame.contentDocument?.querySelector('hope-quick-exit')?.shadowRoot?.querySelector('a'), {message: 'exit in frame'});
      exit.click();
      expect(storedEnvelopeKeys()).to.deep.equal([]);
    } finally {
      frame.remove();
      localStorage.removeItem(key);
      localStorage.removeItem('hope-widgets.outbox.v1');
    }
  });

  it('overwrites a number a widget copied to the clipboard, and leaves a clipboard it never touched alone', async () => {
    const writes: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => void writes.push(text);
    try {
      const {el} = await exitWithSpy();
      el.exit();
      expect(writes, 'nothing copied: clipboard untouched').to.deep.equal([]);
      await copyText('08000 121 700');
      el.exit();
      expect(writes).to.deep.equal(['08000 121 700', '']);
    } finally {
      clipboard.writeText = original;
    }
  });
});
