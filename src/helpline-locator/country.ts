/**
 * Which country the person is probably in — `country` attribute, else the device's time zone,
 * else the region of the browser's language, else GB — and the list they can choose from,
 * in their language (`Intl.DisplayNames`).
 */
import {collator, deviceTimeZone, isRegion, regionName} from '../core/intl.js';

/** Time zones (last part of the IANA name) of countries with built-in data and of common places of work. */
const ZONES =
  'London GB Belfast GB Dublin IE Vienna AT Brussels BE Sofia BG Zagreb HR Nicosia CY Famagusta CY Prague CZ Copenhagen DK ' +
  'Tallinn EE Helsinki FI Paris FR Berlin DE Busingen DE Athens GR Budapest HU Rome IT Riga LV Vilnius LT Luxembourg LU ' +
  'Malta MT Amsterdam NL Warsaw PL Lisbon PT Madeira PT Azores PT Bucharest RO Bratislava SK Ljubljana SI Madrid ES ' +
  'Ceuta ES Canary ES Stockholm SE New_York US Chicago US Denver US Los_Angeles US Phoenix US Anchorage US Honolulu US ' +
  'Detroit US Boise US Indianapolis US Louisville US Juneau US Dhaka BD Kolkata IN Calcutta IN Karachi PK Istanbul TR ' +
  'Colombo LK Kathmandu NP Ho_Chi_Minh VN Saigon VN Jakarta ID Manila PH Bangkok TH Shanghai CN Kyiv UA Kiev UA Tirane AL ' +
  'Lagos NG Nairobi KE Accra GH';

let zoneMap: Map<string, string> | undefined;

export interface CountrySignals {
  /** IANA time zone of the device, e.g. `Europe/London`. */
  timeZone?: string;
  /** The browser's languages, e.g. `['pl-PL', 'en']`. */
  languages?: readonly string[];
}

/** The person's likely country (ISO 3166-1 alpha-2) from their device's time zone, then their languages' regions. */
export function guessCountry({timeZone = '', languages = []}: CountrySignals): string {
  zoneMap ??= new Map(ZONES.match(/\S+ \S+/g)!.map((pair) => pair.split(' ') as [string, string]));
  if (/^US\//.test(timeZone)) return 'US';
  const byZone = zoneMap.get(timeZone.split('/').pop()!);
  if (byZone && timeZone.includes('/')) return byZone;
  for (const tag of languages) {
    const region = /-([A-Z]{2})(-|$)/i.exec(tag.replace(/_/g, '-'))?.[1];
    if (region) return region.toUpperCase();
  }
  return 'GB';
}

/** The signals of this device. */
export function deviceSignals(): CountrySignals {
  return {timeZone: deviceTimeZone(), languages: navigator.languages ?? [navigator.language]};
}

/** A country's name in the locale ("Polska" in Polish), or its code when the browser has no name for it. */
export const countryName = (code: string, locale: string): string => regionName(code, locale);

/** Region codes that are not countries a person lives in. */
const NOT_COUNTRIES = /^(AA|EU|EZ|QO|QU|UN|XA|XB|ZZ|AC|CP|CQ|DG|EA|IC|TA)$/;
const lists = new Map<string, Array<{code: string; name: string}>>();

/** Every country the browser can name in this locale, sorted by name; `extra` codes are always included. */
export function countryList(locale: string, extra: Iterable<string> = []): Array<{code: string; name: string}> {
  let list = lists.get(locale);
  if (!list) {
    const codes = new Set<string>();
    // Without Intl.DisplayNames the list holds only the countries we have data for.
    for (let a = 65; a < 91; a++) {
      for (let b = 65; b < 91; b++) {
        const code = String.fromCharCode(a, b);
        if (!NOT_COUNTRIES.test(code) && isRegion(code)) codes.add(code);
      }
    }
    const order = collator(locale);
    list = [...codes].map((code) => ({code, name: countryName(code, locale)})).sort((x, y) => order.compare(x.name, y.name));
    lists.set(locale, list);
  }
  const missing = [...extra].filter((c) => !list!.some((x) => x.code === c)).map((code) => ({code, name: countryName(code, locale)}));
  return missing.length ? [...list, ...missing] : list;
}

/** Lower case without accents, for matching what the person types. */
// eslint-disable-next-line no-control-regex -- the ASCII range: only other text needs normalising
export const fold = (s: string): string => (/[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s).toLowerCase();
