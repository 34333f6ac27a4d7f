/**
 * Alerts without content: the type and the reference of a new record, never what was typed, by
 * email (SMTP_URL) and/or a POST to HOPE_NOTIFY_URL. Sent after the record is stored and never
 * holding up the answer to the widget; a failure is logged and forgotten (the record is safe).
 */
import nodemailer from 'nodemailer';
import type {Config} from './config.js';
import {log} from './db.js';
import type {NewRecord} from './intake.js';

const WORDS: Record<string, string> = {
  'hope-widgets/report-concern@1': 'report of a concern',
  'hope-widgets/indicator-checklist@1': 'checklist',
  'hope-widgets/helpline-callback@1': 'call-back request',
  'hope-widgets/training-signup@1': 'training booking',
};

export function alerter(config: Config): (r: NewRecord) => void {
  const mailer = config.smtp?.to.length ? nodemailer.createTransport(config.smtp.url) : undefined;
  return (r) => {
    const what = WORDS[r.type] ?? r.type;
    if (mailer && config.smtp) {
      mailer
        .sendMail({
          from: config.smtp.from,
          to: config.smtp.to,
          subject: `New ${what}: ${r.reference}`,
          text: `A new ${what} arrived, reference ${r.reference}.\nSign in to the inbox to read it.\n`,
        })
        .catch((e: Error) => log({event: 'alert-failed', channel: 'smtp', reference: r.reference, message: e.message}));
    }
    if (config.notifyUrl) {
      fetch(config.notifyUrl, {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({type: r.type, reference: r.reference}),
        signal: AbortSignal.timeout(10_000),
      })
        .then((res) => res.ok || log({event: 'alert-failed', channel: 'url', reference: r.reference, status: res.status}))
        .catch((e: Error) => log({event: 'alert-failed', channel: 'url', reference: r.reference, message: e.message}));
    }
  };
}
