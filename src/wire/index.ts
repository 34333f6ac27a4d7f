/**
 * The wire format: what the widgets POST and what a receiver reads (schemas/*.schema.json).
 * Types only, with no DOM or Lit, so a Node receiver can import `hope-widgets/wire` under a
 * Node-only tsconfig. The schemas are the authority; these types follow them.
 */

export type SchemaId =
  | 'hope-widgets/report-concern@1'
  | 'hope-widgets/indicator-checklist@1'
  | 'hope-widgets/helpline-callback@1'
  | 'hope-widgets/training-signup@1';

export type WidgetName = 'report-concern' | 'indicator-checklist' | 'helpline-locator' | 'training-signup';

export interface Signals {
  /** True when the hidden honeypot field was filled in (the receiver decides what that means). */
  honeypot: boolean;
  /** Milliseconds from the form appearing to the person sending it. */
  fillMs: number;
}

/** What every sending widget posts (schemas/envelope.schema.json). */
export interface Envelope<D = unknown> {
  schema: string;
  /** A UUID v4; also the `Idempotency-Key` header. */
  id: string;
  createdAt: string;
  locale: string;
  source: {widget: string; version: string; page: string};
  signals: Signals;
  data: D;
}

export type ExploitationType = 'labour' | 'sexual' | 'criminal' | 'domestic-servitude' | 'child' | 'financial' | 'other' | 'not-sure';

/** schemas/report-concern.schema.json */
export interface ReportConcernData {
  immediateDanger: boolean;
  country?: string;
  exploitationTypes: ExploitationType[];
  indicators?: string[];
  description: string;
  place?: {address?: string; town?: string; postcode?: string; businessName?: string; placeType?: string};
  when?: {date?: string; ongoing?: true; timeOfDay?: 'morning' | 'afternoon' | 'evening' | 'night'};
  people?: {
    count?: '1' | '2-5' | '6-10' | '11-50' | 'more-than-50' | 'unknown';
    victims?: string;
    controllers?: string;
    vehicles?: string;
  };
  reporter: {
    privacy: 'anonymous' | 'confidential' | 'share';
    relationship?: 'affected' | 'work-there' | 'public' | 'professional';
    name?: string;
    phone?: string;
    email?: string;
    safeToContact?: boolean;
    preferredChannel?: 'phone' | 'sms' | 'email';
    preferredTimes?: string;
    preferredLanguage?: string;
  };
}

/** schemas/indicator-checklist.schema.json */
export interface IndicatorChecklistData {
  indicators: string[];
  exploitationTypes?: ExploitationType[];
  placeType?: string;
}

/** schemas/helpline-callback.schema.json */
export interface HelplineCallbackData {
  helplineId?: string;
  phone: string;
  safeToCall: boolean;
  bestTime?: string;
  language?: string;
  note?: string;
  country?: string;
}

export type Sector =
  | 'public' | 'volunteer' | 'business' | 'police' | 'health' | 'social-care' | 'housing' | 'education' | 'local-authority' | 'charity' | 'other';

/** schemas/training-signup.schema.json */
export interface TrainingSignupData {
  session: {id: string; title: string; start: string; end?: string};
  waitingList: boolean;
  attendee: {
    name: string;
    email: string;
    phone?: string;
    sector: Sector;
    organisation?: string;
    role?: string;
    heardFrom?: string;
    requirements?: string;
  };
  consent: {contactAboutSession: true; futureTraining: boolean};
}

/** One session of schemas/training-sessions.schema.json. */
export interface TrainingSession {
  id: string;
  title: string;
  description?: string;
  start: string;
  end: string;
  timeZone: string;
  format: 'online' | 'in-person' | 'hybrid';
  venue?: {name?: string; address: string; postcode?: string; accessibility?: string};
  platform?: string;
  audience: string[];
  language?: string;
  capacity?: number;
  spacesLeft?: number | null;
  bookingClosesAt?: string;
  cancelled?: boolean;
  organiser?: {name: string; email?: string; phone?: string; url?: string};
}

/** schemas/training-sessions.schema.json */
export interface TrainingSessionsFeed {
  schema: 'hope-widgets/training-sessions@1';
  items: TrainingSession[];
}

/** Each schema id with the type of its `data`. */
export interface DataBySchema {
  'hope-widgets/report-concern@1': ReportConcernData;
  'hope-widgets/indicator-checklist@1': IndicatorChecklistData;
  'hope-widgets/helpline-callback@1': HelplineCallbackData;
  'hope-widgets/training-signup@1': TrainingSignupData;
}

/** Any envelope the widgets send, narrowed by `schema`. */
export type AnyEnvelope = {[S in SchemaId]: Envelope<DataBySchema[S]> & {schema: S}}[SchemaId];

/** What a receiver answers: 2xx `{reference}`; 409 `{error}`; 4xx problem+json (RFC 9457) with `errors[].pointer`. */
export interface Accepted {
  reference: string;
}
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: {pointer: string; detail: string}[];
}
