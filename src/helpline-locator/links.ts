/** Links and texts of helpline entries, shared by the element and the feed check. */
import type {Channel, Text} from './types.js';

const PHONE = /^\+?[0-9][0-9 ()-]{1,24}$/;
const WHATSAPP = /^https:\/\/(wa\.me|api\.whatsapp\.com)\/\S*$/;
const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

function isHttps(v: string): string | undefined {
  try {
    const url = new URL(v);
    return url.protocol === 'https:' && !/\s/.test(v) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The link a channel opens, or undefined when it is not a safe, well-formed one. */
export function channelHref(c: Channel): string | undefined {
  const v = c.value;
  const dial = v.replace(/[\s()-]/g, '');
  switch (c.type) {
    case 'phone':
      return PHONE.test(v) ? `tel:${dial}` : undefined;
    case 'sms':
      return PHONE.test(v) ? `sms:${dial}` : undefined;
    case 'whatsapp':
      return PHONE.test(v) ? `https://wa.me/${dial.replace('+', '')}` : WHATSAPP.test(v) ? isHttps(v) : undefined;
    case 'email':
      return EMAIL.test(v) ? `mailto:${v}` : undefined;
    default:
      return isHttps(v);
  }
}

/** Text in the page's language: a translation for the locale or its base language, then English, then the first. */
export function localText(text: Text | undefined, locale: string): {text: string; lang?: string} {
  if (text === undefined) return {text: ''};
  if (typeof text === 'function') return {text: text()};
  if (typeof text === 'string') return {text};
  const keys = Object.keys(text);
  const lower = (k: string) => k.toLowerCase();
  const key =
    keys.find((k) => lower(k) === lower(locale)) ?? keys.find((k) => lower(k) === lower(locale.split('-')[0])) ?? keys.find((k) => lower(k) === 'en') ?? keys[0];
  return {text: text[key], lang: lower(key) === lower(locale) ? undefined : key};
}
