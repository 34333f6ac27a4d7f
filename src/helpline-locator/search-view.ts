/** The country picker and the search and filters above the list. */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {collator, languageName} from '../core/intl.js';
import {countryList, countryName, fold} from './country.js';
import {topicLabel} from './labels.js';
import type {View} from './search.js';
import type {Topic} from './types.js';

export interface PickerView {
  cc: string;
  locale: string;
  /** Countries we have helplines for (always listed). */
  known: string[];
  query: string;
  onQuery(value: string): void;
  pick(e: Event): void;
  cancel(): void;
}

export function picker(p: PickerView) {
  const q = fold(p.query.trim());
  const all = countryList(p.locale, [...p.known, p.cc]);
  const options = q ? all.filter((c) => fold(c.name).includes(q) || c.code.toLowerCase() === q || fold(countryName(c.code, 'en')).includes(q)) : all;
  return html`<form id="country-picker" class="picker" part="country-picker" @submit=${p.pick}>
    <div class="form-group">
      <label class="label" for="country-search">${msg('Search for a country', {id: 'helpline-locator.country.search'})}</label>
      <input id="country-search" type="search" autocomplete="off" .value=${p.query} @input=${(e: Event) => p.onQuery((e.target as HTMLInputElement).value)} />
    </div>
    <div class="form-group">
      <label class="label" for="country-select">${msg('Country', {id: 'helpline-locator.country.select'})}</label>
      ${options.length
        ? html`<select id="country-select" autocomplete="off">
            ${options.map((c) => html`<option value=${c.code} .selected=${c.code === p.cc}>${c.name}</option>`)}
          </select>`
        : html`<p class="hint">${msg('No country matches your search.', {id: 'helpline-locator.country.none'})}</p>`}
    </div>
    <div class="button-group">
      <button class="button" type="submit" ?disabled=${!options.length}>${msg('Show help in this country', {id: 'helpline-locator.country.apply'})}</button>
      <button class="link-button" type="button" @click=${p.cancel}>${msg('Cancel', {id: 'helpline-locator.cancel'})}</button>
    </div>
  </form>`;
}

export interface FiltersView {
  view: View;
  locale: string;
  query: string;
  topic: Topic | '';
  language: string;
  openNow: boolean;
  set(key: 'query' | 'topic' | 'language', value: string): void;
  setOpenNow(on: boolean): void;
}

export function filters(f: FiltersView) {
  const languages = f.view.languages.map((code) => ({code, name: languageName(code, f.locale)})).sort((a, b) => collator(f.locale).compare(a.name, b.name));
  const set = (key: 'query' | 'topic' | 'language') => (e: Event) => f.set(key, (e.target as HTMLInputElement).value);
  return html`<form class="filters" part="filters" role="search" aria-label=${msg('Find a helpline', {id: 'helpline-locator.filters.label'})}
    @submit=${(e: Event) => e.preventDefault()}>
    <div class="form-group">
      <label class="label" for="search">${msg('Search', {id: 'helpline-locator.filters.search'})}</label>
      <input id="search" type="search" autocomplete="off" .value=${f.query} @input=${set('query')} />
    </div>
    <div class="form-group">
      <label class="label" for="topic">${msg('What do you need help with?', {id: 'helpline-locator.filters.topic'})}</label>
      <select id="topic" autocomplete="off" @change=${set('topic')}>
        <option value="" .selected=${!f.topic}>${msg('Anything', {id: 'helpline-locator.filters.any-topic'})}</option>
        ${f.view.topics.map((t) => html`<option value=${t} .selected=${t === f.topic}>${topicLabel(t)}</option>`)}
      </select>
    </div>
    ${languages.length
      ? html`<div class="form-group">
          <label class="label" for="language">${msg('Language spoken', {id: 'helpline-locator.filters.language'})}</label>
          <select id="language" autocomplete="off" @change=${set('language')}>
            <option value="" .selected=${!f.language}>${msg('Any language', {id: 'helpline-locator.filters.any-language'})}</option>
            ${languages.map((l) => html`<option value=${l.code} .selected=${l.code === f.language}>${l.name}</option>`)}
          </select>
        </div>`
      : nothing}
    <div class="choice">
      <input id="open-now" type="checkbox" .checked=${f.openNow} @change=${(e: Event) => f.setOpenNow((e.target as HTMLInputElement).checked)} />
      <label for="open-now">${msg('Open now', {id: 'helpline-locator.filters.open-now'})}</label>
    </div>
    <p class="hint">${msg('Helplines whose languages or opening hours we do not know are always shown.', {id: 'helpline-locator.filters.hint'})}</p>
  </form>`;
}
