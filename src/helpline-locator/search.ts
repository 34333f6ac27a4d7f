/**
 * What the list shows: the country's emergency numbers (never filtered) and its other
 * helplines, filtered by search words, topic, language and "open now", pinned first. The search
 * text of each entry is prepared once per language, in slices for long feeds.
 */
import {getLocale} from '../core/localization.js';
import {fold} from './country.js';
import {isOpen} from './hours.js';
import {topicLabel} from './labels.js';
import {TOPICS, type Helpline, type Hours, type Text, type Topic} from './types.js';

export interface View {
  emergency: Helpline[];
  /** Every other helpline for the country. */
  here: Helpline[];
  /** What the filters let through, pinned first. */
  list: Helpline[];
  topics: Topic[];
  languages: string[];
}

export interface Filters {
  query: string;
  topic: Topic | '';
  language: string;
  openNow: boolean;
}

const MINUTE = 60_000;
const texts = (t: Text | undefined): string[] => (t === undefined ? [] : typeof t === 'function' ? [t()] : typeof t === 'string' ? [t] : Object.values(t));

export class HelplineSearch {
  private hay = new WeakMap<Helpline, {locale: string; text: string}>();
  private viewed?: {key: unknown[]; value: View};

  /** The view for a country at a time (cached while nothing it depends on changes). */
  view(all: Helpline[], cc: string, f: Filters, now: number): View {
    const locale = getLocale();
    const key = [all, cc, f.query, f.topic, f.language, f.openNow, Math.floor(now / MINUTE), locale];
    if (this.viewed?.key.every((k, i) => k === key[i])) return this.viewed.value;
    const local = all.filter((h) => h.countries.includes(cc));
    const emergency = local.filter((h) => h.topics.includes('emergency'));
    const here = local.filter((h) => !h.topics.includes('emergency'));
    const words = fold(f.query).split(/\s+/).filter(Boolean);
    const open = (hours: Hours | undefined) => hours !== undefined && isOpen(hours, now);
    const list = here.filter(
      (h) =>
        (!f.topic || h.topics.includes(f.topic)) &&
        (!f.language || !h.languages?.length || h.languages.some((l) => l === 'interpreters' || l.split('-')[0].toLowerCase() === f.language)) &&
        (!f.openNow || !h.hours || open(h.hours) || h.channels.some((c) => open(c.hours))) &&
        (!words.length || words.every((w) => this.haystack(h, locale).includes(w))),
    );
    const topics = TOPICS.filter((t) => t !== 'emergency' && here.some((h) => h.topics.includes(t)));
    const languages = [...new Set(here.flatMap((h) => h.languages ?? []).map((l) => l.split('-')[0].toLowerCase()))].filter((l) => l !== 'interpreters');
    const value = {emergency, here, list: [...list.filter((h) => h.pinned), ...list.filter((h) => !h.pinned)], topics, languages};
    this.viewed = {key, value};
    return value;
  }

  /** Prepares the search text of many entries in slices, so that the first letter typed never blocks the page. */
  async index(entries: Helpline[]): Promise<void> {
    const locale = getLocale();
    for (let i = 0; i < entries.length; i += 250) {
      if (i) await new Promise((resolve) => setTimeout(resolve));
      for (const h of entries.slice(i, i + 250)) this.haystack(h, locale);
    }
  }

  /** Everything a search can match in an entry, folded: every translation of its texts, topics, numbers. */
  private haystack(h: Helpline, locale: string): string {
    let hay = this.hay.get(h);
    if (hay?.locale !== locale) {
      const text = fold(
        [
          ...texts(h.name), h.organisation ?? '', ...texts(h.description), ...(h.regions ?? []).flatMap(texts), ...h.topics.map(topicLabel),
          ...h.channels.flatMap((c) => [c.value, c.display ?? '', (c.display ?? c.value).replace(/\D/g, ''), ...texts(c.label)]),
        ].join(' '),
      );
      this.hay.set(h, (hay = {locale, text}));
    }
    return hay.text;
  }
}
