/** Links and texts of helpline entries, shared by the element and the feed check. */
import {dialString, httpUrl, mailtoHref} from '../core/validators.js';
import type {Channel, Text} from './types.js';

// The schema's phone pattern: short codes as dialled (999, 85258), other numbers in international format.
const PHONE = /^\+?[0-9][0-9 ()-]{1,24}$/;
const WHATSAPP = /^https:\/\/(wa\.me|api\.whatsapp\.com)\/\S*$/;

/** The link a channel opens, or undefined when it is not a safe, well-formed one. */
export function channelHref(c: Channel): string | undefined {
  const v = c.value;
  switch (c.type) {
    case 'phone':
      return PHONE.test(v) ? `tel:${dialString(v)}` : undefined;
    case 'sms':
      return PHONE.test(v) ? `sms:${dialString(v)}` : undefined;
    case 'whatsapp':
      return PHONE.test(v) ? `https://wa.me/${dialString(v).replace('+', '')}` : WHATSAPP.test(v) ? httpUrl(v, {absolute: true, https: true}) : undefined;
    case 'email':
      return mailtoHref(v);
    default:
      return httpUrl(v, {absolute: true, https: true});
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
