/**
 * References a person can read over the phone: 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), in two groups of four. Random, never sequential: about 38 bits,
 * so guessing one is hopeless and a collision (checked by the database's unique index) is rare.
 */
import {randomInt} from 'node:crypto';

const ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';

export function newReference(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

export const REFERENCE_PATTERN = new RegExp(`^[${ALPHABET}]{4}-[${ALPHABET}]{4}$`);
