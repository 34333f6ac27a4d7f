/** What every inbox page shares: the frame, the headers (strict CSP), redirects, words for statuses and times. */
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {Db} from '../db.js';
import type {Session} from '../auth.js';
import {html, type Html} from '../html.js';
import type {LoginLimiter} from '../limits.js';
import type {Sessions} from '../training.js';

export const STATUSES: Record<string, string> = {new: 'New', 'in-review': 'In review', referred: 'Referred', closed: 'Closed'};

export const INBOX_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export interface InboxContext {
  db: Db;
  sessions: Sessions;
  logins: LoginLimiter;
  clientKey: (req: IncomingMessage) => string;
  readForm: (req: IncomingMessage) => Promise<URLSearchParams>;
}

export function send(res: ServerResponse, status: number, body: string | Html, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': INBOX_CSP,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts.
    'Referrer-Policy': 'same-origin',
    ...headers,
  });
  res.end(String(body));
}

export const redirect = (res: ServerResponse, to: string, headers: Record<string, string> = {}) => {
  res.writeHead(303, {Location: to, 'Cache-Control': 'no-store', ...headers});
  res.end();
};

export function page(title: string, body: Html, session?: Session): Html {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · hope-receiver inbox</title><link rel="stylesheet" href="/inbox/inbox.css"><link rel="icon" href="/inbox/icon.svg" type="image/svg+xml"></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><strong>hope-receiver inbox</strong>${
    session
      ? html`<nav aria-label="Inbox"><ul><li><a href="/inbox">Records</a></li><li><a href="/inbox/training">Training bookings</a></li><li><a href="/inbox/audit">Audit log</a></li></ul></nav>
<form method="post" action="/inbox/logout"><input type="hidden" name="csrf" value="${session.csrf}"><span>${session.email}</span> <button class="secondary" type="submit">Sign out</button></form>`
      : ''
  }</header>
<main id="main">${body}</main></body></html>`;
}

export const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
