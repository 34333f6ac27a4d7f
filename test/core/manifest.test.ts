/**
 * custom-elements.json (made by `cem analyze` before the browser gate) against the real elements:
 * every part an element renders and every event it fires while a person uses it must be in the
 * manifest, so a new part or event cannot go undocumented; and every element has its tag, a
 * description, its attributes and typed events.
 */
import {fixture, expect} from '@open-wc/testing';
import {html} from 'lit';
import '../../src/index.js';
import type {HopeIndicatorChecklist} from '../../src/indicator-checklist/index.js';
import type {HopeQuickExit} from '../../src/quick-exit/index.js';
import type {HopeLanguageSwitcher} from '../../src/core/language-switcher.js';
import type {HopeReportConcern} from '../../src/report-concern/index.js';
import {setLocale} from '../../src/core/localization.js';
import {tick} from '../indicator-checklist/drive.js';
import {waitFor} from '../helpers.js';

interface Described {
  name: string;
  description?: string;
  type?: {text: string};
}
interface Element_ {
  tagName?: string;
  name: string;
  description?: string;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const TAGS = [
  'hope-quick-exit',
  'hope-report-concern',
  'hope-indicator-checklist',
  'hope-helpline-locator',
  'hope-training-signup',
  'hope-language-switcher',
];

let manifest: Map<string, Element_>;

/** Every `hope-*` event dispatched anywhere (element or window) while a scenario runs. */
const fired: string[] = [];
const realDispatch = EventTarget.prototype.dispatchEvent;

before(async () => {
  const json = await (await fetch('/custom-elements.json')).json();
  manifest = new Map();
  for (const mod of json.modules) for (const d of mod.declarations ?? []) if (d.tagName) manifest.set(d.tagName, d);
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, e: Event) {
    if (e.type.startsWith('hope-')) fired.push(e.type);
    return realDispatch.call(this, e);
  };
});
after(() => {
  EventTarget.prototype.dispatchEvent = realDispatch;
});

const names = (list: Described[] | undefined) => new Set((list ?? []).map((x) => x.name));

/** The part names in the element's own shadow root now. */
function partsOf(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/).filter(Boolean));
}

/** Runs a scenario as a person would, collecting the parts seen after each step and the events fired. */
async function observe(el: Element, steps: Array<() => Promise<unknown> | unknown> = []) {
  const parts = new Set(partsOf(el));
  for (const step of steps) {
    await step();
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    for (const p of partsOf(el)) parts.add(p);
  }
  return {parts, events: new Set(fired.splice(0))};
}

function expectDocumented(tag: string, seen: {parts: Set<string>; events: Set<string>}) {
  const d = manifest.get(tag)!;
  const parts = names(d.cssParts);
  for (const p of seen.parts) expect(parts.has(p), `${tag} renders part="${p}" but the manifest does not list it`).to.equal(true);
  const events = names(d.events);
  for (const e of seen.events) expect(events.has(e), `${tag} fires ${e} but the manifest does not list it`).to.equal(true);
}

describe('custom-elements.json matches the elements', () => {
  afterEach(async () => {
    fired.splice(0);
    await setLocale('en');
  });

  for (const tag of TAGS) {
    it(`${tag}: tag, description, attributes and typed events are documented`, () => {
      const d = manifest.get(tag);
      expect(d, `${tag} has no tagName in the manifest`).to.not.equal(undefined);
      expect(d!.description?.trim(), `${tag} description`).to.not.equal('');
      const ctor = customElements.get(tag) as unknown as {observedAttributes: string[]};
      const attributes = names(d!.attributes);
      for (const a of ctor.observedAttributes) expect(attributes.has(a), `${tag} attribute ${a}`).to.equal(true);
      for (const e of d!.events ?? []) {
        expect(e.name, `${tag}: an event name`).to.match(/^hope-[a-z-]+$/);
        expect(e.type?.text, `${tag} ${e.name} type`).to.match(/^CustomEvent<.+>$/);
        expect(e.description?.trim(), `${tag} ${e.name} description`).to.not.equal('');
      }
      for (const p of [...(d!.cssParts ?? []), ...(d!.cssProperties ?? [])]) expect(p.description?.trim(), `${tag} ${p.name}`).to.not.equal('');
    });
  }

  it('hope-quick-exit: parts and the event of leaving', async () => {
    const el = await fixture<HopeQuickExit>(html`<hope-quick-exit></hope-quick-exit>`);
    el.navigate = () => {};
    const seen = await observe(el, [() => el.exit()]);
    expect([...seen.events]).to.include('hope-quick-exit');
    expect([...seen.parts]).to.include.members(['button', 'overlay']);
    expectDocumented('hope-quick-exit', seen);
  });

  it('hope-language-switcher: choosing a language', async () => {
    const el = await fixture<HopeLanguageSwitcher>(html`<hope-language-switcher></hope-language-switcher>`);
    const select = el.shadowRoot!.querySelector('select')!;
    const seen = await observe(el, [
      () => {
        select.value = 'pl';
        select.dispatchEvent(new Event('change', {bubbles: true}));
      },
      () => waitFor(() => fired.includes('hope-locale-change')),
    ]);
    expect([...seen.events]).to.include('hope-locale-change');
    expectDocumented('hope-language-switcher', seen);
  });

  it('hope-indicator-checklist: ticking signs, then the optional send', async () => {
    const delivered: unknown[] = [];
    const el = await fixture<HopeIndicatorChecklist>(html`<hope-indicator-checklist organisation="Example"></hope-indicator-checklist>`);
    el.deliver = async (envelope) => {
      delivered.push(envelope);
      return {status: 202, body: {reference: 'HW-TEST1'}};
    };
    await el.updateComplete;
    const seen = await observe(el, [
      () => tick(el, 'documents-held', 'no-id-documents'),
      () => el.shadowRoot!.querySelector<HTMLButtonElement>('#send-button')!.click(),
      () => waitFor(() => delivered.length === 1 && fired.includes('hope-submitted')),
    ]);
    expect([...seen.events]).to.include.members(['hope-submit', 'hope-submitted']);
    expect([...seen.parts]).to.include.members(['group', 'results', 'send-button', 'confirmation']);
    expectDocumented('hope-indicator-checklist', seen);
  });

  it('hope-indicator-checklist: a send the endpoint refuses', async () => {
    const el = await fixture<HopeIndicatorChecklist>(html`<hope-indicator-checklist organisation="Example"></hope-indicator-checklist>`);
    el.deliver = async () => ({status: 404});
    await el.updateComplete;
    const seen = await observe(el, [
      () => tick(el, 'documents-held'),
      () => el.shadowRoot!.querySelector<HTMLButtonElement>('#send-button')!.click(),
      () => waitFor(() => fired.includes('hope-error') && el.shadowRoot!.querySelector('[part~=not-sent]')),
    ]);
    expectDocumented('hope-indicator-checklist', seen);
  });

  for (const tag of ['hope-report-concern', 'hope-training-signup', 'hope-helpline-locator']) {
    it(`${tag}: first screen, and a configuration error when the endpoint is unusable`, async () => {
      const el = await fixture<HopeReportConcern>(`<${tag} endpoint="ftp://example.org/" country="GB"></${tag}>`);
      const seen = await observe(el, [() => waitFor(() => el.shadowRoot!.querySelector('[part~=base]'))]);
      expect(seen.parts.size, 'some parts rendered').to.be.greaterThan(0);
      expectDocumented(tag, seen);
    });
  }
});
