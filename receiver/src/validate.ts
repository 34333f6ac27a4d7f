/**
 * Checks an envelope against schemas/: invalid known fields are errors (422 with pointers);
 * fields it does not know (a newer widget of the same major version) are listed, kept and
 * logged, never rejected, so a person is never asked to fix answers they cannot see.
 */
import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import envelopeSchema from '../../schemas/envelope.schema.json';
import reportSchema from '../../schemas/report-concern.schema.json';
import checklistSchema from '../../schemas/indicator-checklist.schema.json';
import callbackSchema from '../../schemas/helpline-callback.schema.json';
import signupSchema from '../../schemas/training-signup.schema.json';
import sessionsSchema from '../../schemas/training-sessions.schema.json';
import type {Envelope, SchemaId} from 'hope-widgets/wire';

// ajv-formats is CommonJS: its default export arrives wrapped under esbuild and Node alike.
const addFormats = ((addFormatsModule as unknown as {default?: unknown}).default ?? addFormatsModule) as (a: Ajv2020) => void;

const ajv = new Ajv2020({allErrors: true, strict: false});
addFormats(ajv);

const envelope = ajv.compile(envelopeSchema);
export const DATA: Record<SchemaId, ValidateFunction> = {
  'hope-widgets/report-concern@1': ajv.compile(reportSchema),
  'hope-widgets/indicator-checklist@1': ajv.compile(checklistSchema),
  'hope-widgets/helpline-callback@1': ajv.compile(callbackSchema),
  'hope-widgets/training-signup@1': ajv.compile(signupSchema),
};
export const validateSessionsFeed = ajv.compile(sessionsSchema);

export interface FieldError {
  pointer: string;
  detail: string;
}

export interface Checked {
  errors: FieldError[];
  unknown: string[];
}

function split(errors: ErrorObject[] | null | undefined, prefix: string, out: Checked): void {
  for (const e of errors ?? []) {
    if (e.keyword === 'additionalProperties') {
      out.unknown.push(`${prefix}${e.instancePath}/${String((e.params as {additionalProperty: string}).additionalProperty)}`);
    } else if (e.keyword === 'if') {
      // Reported again, more usefully, by the failing branch.
    } else {
      const missing = e.keyword === 'required' ? `/${String((e.params as {missingProperty: string}).missingProperty)}` : '';
      out.errors.push({pointer: `${prefix}${e.instancePath}${missing}`, detail: e.keyword === 'false schema' ? 'not allowed here' : (e.message ?? 'invalid')});
    }
  }
}

export function checkEnvelope(body: unknown): Checked {
  const out: Checked = {errors: [], unknown: []};
  envelope(body);
  split(envelope.errors, '', out);
  const b = body as Partial<Envelope> | null;
  const data = b && typeof b === 'object' && !Array.isArray(b) ? DATA[b.schema as SchemaId] : undefined;
  if (data && b!.data && typeof b!.data === 'object') {
    data(b!.data);
    split(data.errors, '/data', out);
  }
  // The same field can be reported twice (allErrors through if/then): one of each is enough.
  const seen = new Set<string>();
  out.errors = out.errors.filter((e) => !seen.has(e.pointer + e.detail) && seen.add(e.pointer + e.detail));
  out.unknown = [...new Set(out.unknown)];
  return out;
}
