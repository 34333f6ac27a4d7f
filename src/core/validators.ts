/**
 * The one set of answer and feed checks every widget uses: one rule each for phone numbers,
 * email addresses, http(s) URLs and lengths (counted in code points, as JSON Schema and the
 * receiver count them). Pure functions; the words for their failures are in form-kit.ts.
 */

/** Length in code points (an emoji or a CJK extension character is one, as the schemas count). */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** True when the trimmed answer is longer than `max` code points. */
export const tooLong = (s: string, max: number): boolean => codePoints(s.trim()) > max;

/** A phone number as the schemas accept it: dots and slashes become spaces, runs of space one. */
export const tidyPhone = (s: string): string => s.replace(/[./]/g, ' ').replace(/\s+/g, ' ').trim();

/** 7 to 15 digits, an optional leading +, and spaces, brackets, dots, slashes or dashes (the world's ways). */
export function validPhone(s: string): boolean {
  const tidy = tidyPhone(s);
  const digits = tidy.replace(/\D/g, '').length;
  return /^\+?[0-9 ()-]+$/.test(tidy) && digits >= 7 && digits <= 15 && tidy.length <= 24;
}

/**
 * The number to dial, for `tel:` and `sms:` links: digits and a leading +. A national trunk
 * prefix written in brackets after the country code is dropped (`+44 (0)800 …` dials `+44800…`).
 */
export function dialString(s: string): string {
  return s.replace(/^(\s*\+\s*\d{1,3}[\s-]*)\(\s*0\s*\)/, '$1').replace(/[^\d+]/g, '');
}

/**
 * True when `text` shows the number `dial` dials: the same digits, or the national form of it
 * (a leading 0 in place of the country code). Otherwise the dialled number must be shown beside it.
 */
export function showsNumber(text: string, dial: string): boolean {
  const shown = text.replace(/\D/g, '');
  const dialled = dial.replace(/\D/g, '');
  if (shown === dialled) return true;
  const country = dialled.length - (shown.length - 1);
  return dial.startsWith('+') && /^0[1-9]/.test(shown) && country >= 1 && country <= 3 && dialled.endsWith(shown.slice(1));
}

/** The email with an internationalised domain (`przykład.pl`) in its ASCII form, trimmed. */
export function asciiEmail(value: string): string {
  const v = value.trim();
  const at = v.lastIndexOf('@');
  // eslint-disable-next-line no-control-regex -- plain ASCII needs no conversion
  if (at < 1 || /^[\x00-\x7f]*$/.test(v)) return v;
  try {
    return v.slice(0, at + 1) + new URL(`http://${v.slice(at + 1)}`).hostname;
  } catch {
    return v;
  }
}

// The email format of ajv-formats ("full" mode), so the widgets and the receiver agree.
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** An email address the receiver accepts (after `asciiEmail`), at most 320 code points. */
export function validEmail(value: unknown): value is string {
  return typeof value === 'string' && codePoints(value.trim()) <= 320 && EMAIL.test(asciiEmail(value));
}

/**
 * The address of an http(s) link, or undefined: no white space, at most 2000 code points.
 * Relative addresses resolve against the page unless `absolute`; `https` refuses plain http.
 */
export function httpUrl(value: unknown, {absolute = false, https = false} = {}): string | undefined {
  const v = value;
  if (typeof v !== 'string' || !v || /\s/.test(v) || codePoints(v) > 2000) return undefined;
  try {
    const url = absolute ? new URL(v) : new URL(v, document.baseURI);
    return url.host && (url.protocol === 'https:' || (!https && url.protocol === 'http:')) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `mailto:` link for a bare address; undefined for anything else (a query such as `?bcc=` would add recipients). */
export function mailtoHref(value: unknown): string | undefined {
  return validEmail(value) && !/[?&#]/.test(value) ? `mailto:${asciiEmail(value)}` : undefined;
}
