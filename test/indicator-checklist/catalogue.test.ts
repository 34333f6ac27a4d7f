// The indicator catalogue (src/indicators/, `hope-widgets/indicators.js`) and its generated id list.
import {fixture, html, expect} from '@open-wc/testing';
import * as catalogue from '../../src/indicators/index.js';
import {
  EXPLOITATION_TYPES,
  INDICATOR_GROUPS,
  INDICATOR_IDS,
  INDICATORS,
  LABELLED_IDS,
  PLACE_SUGGESTS,
  PLACE_TYPES,
  RETIRED_INDICATOR_IDS,
  exploitationTypeLabel,
  groupLabel,
  groupsForTypes,
  indicatorExplanation,
  indicatorLabel,
  indicatorsForTypes,
  placeTypeLabel,
  typesForIndicators,
} from '../../src/indicators/index.js';
import {decodeHandoff, encodeHandoff, HANDOFF_MAX_LENGTH} from '../../src/core/handoff.js';
import {getLocale, resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import '../../src/indicator-checklist/index.js';
import type {HopeIndicatorChecklist} from '../../src/indicator-checklist/index.js';
import {textOf} from '../helpers.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('indicator catalogue', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('keeps the names other modules import', () => {
    for (const name of [
      'indicatorsForTypes', 'indicatorLabel', 'indicatorExplanation', 'groupLabel', 'placeTypeLabel', 'PLACE_TYPES', 'INDICATORS',
      'INDICATOR_GROUPS', 'INDICATOR_IDS', 'typesForIndicators', 'PLACE_SUGGESTS', 'EXPLOITATION_TYPES', 'exploitationTypeLabel', 'HELPLINE_TOPIC',
    ]) {
      expect(catalogue, name).to.have.property(name);
    }
  });

  it('has unique kebab-case ids, never reusing a retired one, each with words and known types', () => {
    expect(new Set(INDICATOR_IDS).size).to.equal(INDICATOR_IDS.length);
    expect([...LABELLED_IDS].sort()).to.deep.equal([...INDICATOR_IDS].sort());
    for (const id of RETIRED_INDICATOR_IDS) expect(INDICATOR_IDS, id).not.to.include(id);
    for (const i of INDICATORS) {
      expect(i.id, i.id).to.match(KEBAB);
      expect(i.id.length).to.be.at.most(64);
      expect(indicatorLabel(i.id), i.id).to.be.a('string').and.not.equal(i.id);
      expect(indicatorLabel(i.id).length, i.id).to.be.at.most(80);
      const more = indicatorExplanation(i.id);
      if (more !== undefined) expect(more, i.id).to.match(/\.$/);
      expect(i.types.length, i.id).to.be.greaterThan(0);
      for (const t of i.types) expect(EXPLOITATION_TYPES, i.id).to.include(t);
    }
    expect(indicatorLabel('no-such-sign')).to.equal('no-such-sign');
  });

  it('has the six groups, each with signs and at least one https source', () => {
    expect(INDICATOR_GROUPS.map((g) => g.id)).to.deep.equal(['general', 'labour', 'sexual', 'criminal', 'domestic-servitude', 'child']);
    for (const g of INDICATOR_GROUPS) {
      expect(groupLabel(g.id)).to.be.a('string').and.not.equal('');
      expect(INDICATORS.filter((i) => i.group === g.id).length, g.id).to.be.greaterThan(2);
      expect(g.sources.length, g.id).to.be.greaterThan(0);
      for (const s of g.sources) {
        expect(new URL(s.url).protocol, s.url).to.equal('https:');
        expect(s.title, s.url).not.to.equal('');
      }
    }
    // The ILO's eleven indicators of forced labour, with identity documents among the general signs.
    expect(INDICATORS.filter((i) => i.group === 'labour')).to.have.length(11);
    expect(INDICATOR_IDS).to.include('documents-held');
  });

  it('maps between signs, types and places', () => {
    expect(typesForIndicators(['documents-held', 'debt-bondage', 'home-taken-over'])).to.deep.equal(['labour', 'criminal']);
    expect(typesForIndicators(['documents-held', 'unknown-id'])).to.deep.equal([]);
    expect(typesForIndicators(['drop-at-school'])).to.deep.equal(['criminal', 'child']);
    const labour = indicatorsForTypes(['labour']);
    expect(labour.every((i) => i.group === 'general' || i.types.includes('labour'))).to.equal(true);
    expect(labour.some((i) => i.group === 'sexual')).to.equal(false);
    expect(indicatorsForTypes([])).to.have.length(INDICATORS.length);
    expect(groupsForTypes(['sexual']).map((g) => g.id)).to.deep.equal(['general', 'sexual']);
    expect(Object.keys(PLACE_SUGGESTS).sort()).to.deep.equal([...PLACE_TYPES].sort());
    for (const p of PLACE_TYPES) {
      expect(p).to.match(KEBAB);
      expect(placeTypeLabel(p)).to.be.a('string').and.not.equal('');
      for (const t of PLACE_SUGGESTS[p]) expect(EXPLOITATION_TYPES).to.include(t);
    }
    for (const t of EXPLOITATION_TYPES) expect(exploitationTypeLabel(t)).not.to.equal('');
  });

  it('every sign, every type and a place fit in one hand-off fragment', () => {
    const all = {exploitationTypes: [...EXPLOITATION_TYPES], indicators: [...INDICATOR_IDS], placeType: 'construction-site'};
    const fragment = encodeHandoff(all);
    expect(fragment.length).to.be.at.most(HANDOFF_MAX_LENGTH);
    expect(decodeHandoff(fragment, {exploitationTypes: EXPLOITATION_TYPES, indicators: INDICATOR_IDS, placeTypes: PLACE_TYPES})).to.deep.equal(all);
  });

  it('schemas/indicator-ids.json is the catalogue (run `node scripts/indicator-ids.mjs` when this fails)', async () => {
    const res = await fetch('/schemas/indicator-ids.json', {cache: 'no-store'});
    expect(res.ok, 'schemas/indicator-ids.json exists').to.equal(true);
    const file = await res.json();
    expect(file.schema).to.equal('hope-widgets/indicator-ids@1');
    expect(file.ids).to.deep.equal([...INDICATOR_IDS]);
    expect(file.retired).to.deep.equal([...RETIRED_INDICATOR_IDS]);
    expect(file.placeTypes).to.deep.equal([...PLACE_TYPES]);
    expect(file.exploitationTypes).to.deep.equal([...EXPLOITATION_TYPES]);
    expect(file.groups).to.deep.equal(
      INDICATOR_GROUPS.map((g) => ({
        id: g.id,
        types: [...g.types],
        sources: g.sources.map((s) => ({...s})),
        indicators: INDICATORS.filter((i) => i.group === g.id).map((i) => i.id),
      })),
    );
    expect(file.indicators).to.deep.equal(
      Object.fromEntries(INDICATORS.map((i) => [i.id, {group: i.group, types: [...i.types], ...(i.danger ? {danger: true} : {})}])),
    );
  });

  it('words follow a locale switched after load, in the catalogue and in the checklist', async () => {
    const el = await fixture<HopeIndicatorChecklist>(html`<hope-indicator-checklist></hope-indicator-checklist>`);
    const english = indicatorLabel('documents-held');
    const label = () => textOf(el.shadowRoot!.querySelector('label[for="sign-documents-held"]'));
    expect(label()).to.equal(english);
    await setLocale('pl');
    await el.updateComplete;
    expect(getLocale()).to.equal('pl');
    const translated = indicatorLabel('documents-held');
    expect(translated).not.to.equal(english);
    expect(label()).to.equal(translated);
    expect(textOf(el.shadowRoot!.querySelector('#toggle-general'))).to.contain(groupLabel('general'));
    await setLocale('en');
    await el.updateComplete;
    expect(label()).to.equal(english);
  });
});
