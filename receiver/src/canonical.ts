import {createHash} from 'node:crypto';

/** JSON with object keys sorted, so the same submission re-sent with keys in another order hashes the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
