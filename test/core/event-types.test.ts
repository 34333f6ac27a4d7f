// Type-level test (checked by `npm run typecheck`) that the README's advice compiles: listening
// on document and window gives typed details. At run time it checks that the events really reach both.
import {expect, fixture, html} from '@open-wc/testing';
import '../fixtures/test-sender.js';
import type {HopeEventDetail} from '../../src/core/events.js';

describe('events on document and window', () => {
  it('hope-error reaches document and window with a typed detail', async () => {
    const seen: string[] = [];
    const onDocument = (e: DocumentEventMap['hope-error']) => seen.push(`document:${e.detail.kind}`);
    const onWindow = (e: WindowEventMap['hope-error']) => seen.push(`window:${e.detail.reason}`);
    document.addEventListener('hope-error', onDocument);
    window.addEventListener('hope-error', onWindow);
    try {
      await fixture(html`<hope-test-sender></hope-test-sender>`); // no endpoint: a config error
      await new Promise((r) => setTimeout(r, 0));
      expect(seen).to.deep.equal(['document:config', 'window:missing-endpoint']);
    } finally {
      document.removeEventListener('hope-error', onDocument);
      window.removeEventListener('hope-error', onWindow);
    }
    const detail: HopeEventDetail = {kind: 'feed'};
    const locale: WindowEventMap['hope-locale-change']['detail'] = {locale: 'pl', chosenByPerson: true};
    expect(detail.kind).to.equal('feed');
    expect(locale.locale).to.equal('pl');
  });
});
