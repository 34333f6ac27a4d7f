/**
 * Events of our own. They bubble and are composed, so a tag manager listening on `document`
 * hears them; their `detail` never carries what the person typed.
 */
export type HopeEventKind = 'submission' | 'feed' | 'config';

export interface HopeEventDetail {
  kind: HopeEventKind;
  /** Envelope id (submissions). */
  id?: string;
  /** Envelope schema, e.g. `hope-widgets/report-concern@1`. */
  schema?: string;
  /** HTTP status, when there was an answer. */
  status?: number;
  /** The reference the person was shown. */
  reference?: string;
  /** A machine-readable reason: `missing-endpoint`, `invalid-endpoint`, `rejected`, `network`, `timeout`, `server`, `rate-limited`, `busy`, `invalid-feed`, `feed-unavailable`… */
  reason?: string;
  /** True when the client keeps the envelope and will try again. */
  willRetry?: boolean;
}

export interface HopeEventMap {
  'hope-submit': HopeEventDetail;
  'hope-submitted': HopeEventDetail;
  'hope-error': HopeEventDetail;
  'hope-locale-change': {locale: string; chosenByPerson: boolean};
}

/** Window event fired by every quick exit: each widget clears what it holds. */
export const QUICK_EXIT_EVENT = 'hope-quick-exit';

// The widgets' events bubble and are composed, so `document` and `window` hear them too.
declare global {
  interface HTMLElementEventMap {
    'hope-submit': CustomEvent<HopeEventDetail>;
    'hope-submitted': CustomEvent<HopeEventDetail>;
    'hope-error': CustomEvent<HopeEventDetail>;
  }
  interface DocumentEventMap {
    'hope-submit': CustomEvent<HopeEventDetail>;
    'hope-submitted': CustomEvent<HopeEventDetail>;
    'hope-error': CustomEvent<HopeEventDetail>;
  }
  interface WindowEventMap {
    'hope-submit': CustomEvent<HopeEventDetail>;
    'hope-submitted': CustomEvent<HopeEventDetail>;
    'hope-error': CustomEvent<HopeEventDetail>;
    'hope-quick-exit': CustomEvent<{href: string}>;
    'hope-locale-change': CustomEvent<HopeEventMap['hope-locale-change']>;
  }
}
