/**
 * The core feed controller on its own, in a small element that renders its state as a person
 * would read it: last request wins, a hanging, huge or prototype-polluting feed fails like a
 * broken one (one console error, one hope-error), data given by script follows the same rules.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, html as litHtml} from 'lit';
import {FeedController, parseFeedJson, forbiddenKey} from '../../src/core/feed.js';
import type {HopeEventDetail} from '../../src/core/events.js';
import {textOf, waitFor} from '../helpers.js';

class FeedHostElement extends LitElement {
  readonly feed = new FeedController<{count: number}>(this, {
    what: 'a test feed',
    maxBytes: 100_000,
    read: (json) => (Array.isArray((json as {items?: unknown}).items) ? {count: (json as {items: unknown[]}).items.length} : undefined),
  });

  emit(name: 'hope-error', detail: HopeEventDetail): boolean {
    return this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
  }

  override render() {
    const s = this.feed.state;
    return litHtml`<p id="state">${
      s.status === 'ready' ? `${s.value.count} items` : s.status === 'failed' ? `Could not load (${s.reason})` : s.status === 'loading' ? 'Loading…' : 'Nothing yet'
    }</p>`;
  }
}
customElements.define('test-feed-host', FeedHostElement);

const shown = (el: FeedHostElement) => textOf(el.shadowRoot!.querySelector('#state'));
const FEED = '/test/helpline-locator/fixtures/valid.json';

/** Records hope-error events and console errors while `fn` runs. */
async function watching(el: FeedHostElement, fn: () => Promise<unknown>) {
  const events: HopeEventDetail[] = [];
  const logged: string[] = [];
  const listen = (e: Event) => events.push((e as CustomEvent<HopeEventDetail>).detail);
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  el.addEventListener('hope-error', listen);
  try {
    await fn();
  } finally {
    console.error = original;
    el.removeEventListener('hope-error', listen);
  }
  return {events, logged};
}

describe('core: FeedController', () => {
  let el: FeedHostElement;
  beforeEach(async () => {
    el = await fixture<FeedHostElement>(html`<test-feed-host></test-feed-host>`);
  });

  it('loads a feed and shows it; settled waits for the render', async () => {
    void el.feed.load(FEED);
    await el.updateComplete;
    expect(shown(el)).to.equal('Loading…');
    await el.feed.settled;
    expect(shown(el)).to.match(/^\d+ items$/);
  });

  it('the last request wins: an earlier, slower load never replaces a later one', async () => {
    el.feed.timeout = 60_000;
    const first = el.feed.load('/test-feeds/hang');
    const second = el.feed.load(FEED);
    await Promise.all([first, second]);
    await el.feed.settled;
    expect(shown(el)).to.match(/^\d+ items$/);
  });

  it('a feed that never answers fails as unavailable after the timeout, with one console error and one hope-error', async () => {
    el.feed.timeout = 300;
    const {events, logged} = await watching(el, async () => {
      await el.feed.load('/test-feeds/hang');
      await el.feed.settled;
    });
    expect(shown(el)).to.equal('Could not load (feed-unavailable)');
    expect(events).to.deep.equal([{kind: 'feed', reason: 'feed-unavailable', willRetry: false}]);
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain('/test-feeds/hang').and.to.contain('did not answer within 0.3 s');
  });

  for (const declared of [false, true]) {
    it(`a feed larger than the limit is refused as invalid (${declared ? 'declared' : 'streamed'} length)`, async () => {
      const {events, logged} = await watching(el, async () => {
        await el.feed.load(`/test-feeds/huge?bytes=300000${declared ? '&declared' : ''}`);
        await el.feed.settled;
      });
      expect(shown(el)).to.equal('Could not load (invalid-feed)');
      expect(events).to.deep.equal([{kind: 'feed', reason: 'invalid-feed', status: 200, willRetry: false}]);
      expect(logged[0]).to.contain('larger than 100000 bytes');
    });
  }

  it('a feed with a __proto__, constructor or prototype key is refused, at any depth, and pollutes nothing', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(() => parseFeedJson(`{"items":[{"a":{"${key}":{"polluted":true}}}]}`), key).to.throw(key);
    }
    const {events} = await watching(el, async () => {
      await el.feed.load('/test/helpline-locator/fixtures/polluted.json');
      await el.feed.settled;
    });
    expect(shown(el)).to.equal('Could not load (invalid-feed)');
    expect(events.map((e) => e.reason)).to.deep.equal(['invalid-feed']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('data given by script is checked by the same rules', async () => {
    const polluted = JSON.parse('{"items":[{"__proto__":{"x":1}}]}');
    expect(forbiddenKey(polluted)).to.equal('__proto__');
    const {events} = await watching(el, async () => {
      await el.feed.give(polluted);
      await el.feed.settled;
    });
    expect(shown(el)).to.equal('Could not load (invalid-feed)');
    expect(events).to.have.length(1);
    await el.feed.give({items: [1, 2, 3]});
    await el.feed.settled;
    expect(shown(el)).to.equal('3 items');
  });

  it('retry loads the same feed again; an empty src clears it', async () => {
    el.feed.timeout = 300;
    await watching(el, () => el.feed.load('/test-feeds/hang'));
    await el.feed.settled;
    expect(shown(el)).to.contain('Could not load');
    el.feed.timeout = 60_000;
    // The same address answers now (a different feed for the test): retry keeps the address.
    await el.feed.load(FEED);
    await el.feed.retry();
    await el.feed.settled;
    expect(shown(el)).to.match(/^\d+ items$/);
    await el.feed.load('');
    await el.feed.settled;
    expect(shown(el)).to.equal('Nothing yet');
  });

  it('leaving the page aborts a load in progress', async () => {
    el.feed.timeout = 60_000;
    void el.feed.load('/test-feeds/hang');
    await el.updateComplete;
    el.remove();
    await waitFor(() => el.feed.state.status === 'idle', {message: 'idle after disconnect'});
  });
});
