/** The helplines feed as the widget uses it (schemas/helplines.schema.json, `hope-widgets/helplines@1`). */

export const TOPICS = [
  'emergency', 'modern-slavery', 'labour-exploitation', 'sexual-exploitation', 'criminal-exploitation',
  'children', 'domestic-abuse', 'crisis-support', 'police', 'grievance', 'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export const CHANNEL_TYPES = ['phone', 'sms', 'whatsapp', 'chat', 'email', 'web'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/**
 * Text from a feed (plain text, never HTML), or translations keyed by BCP 47 tag. Built-in
 * entries use a function that calls `msg()` at render time.
 */
export type Text = string | Record<string, string> | (() => string);

export interface WeeklyRange {
  days: Day[];
  /** `HH:MM` local time in the hours' time zone. */
  open: string;
  /** `HH:MM` or `24:00`; at or before `open`, the range runs past midnight. */
  close: string;
}

export interface DatedException {
  /** `YYYY-MM-DD` in the hours' time zone. */
  date: string;
  closed?: true;
  open?: string;
  close?: string;
}

export interface WeeklyHours {
  /** IANA time zone of the helpline, e.g. `Europe/London`. */
  timeZone: string;
  weekly: WeeklyRange[];
  exceptions?: DatedException[];
}

export type Hours = '24/7' | WeeklyHours;

export interface Channel {
  type: ChannelType;
  /** Number (short codes as dialled, others in international format), address or https URL. */
  value: string;
  /** How it is written locally, e.g. `08000 121 700`. */
  display?: string;
  /** What this channel is when its type is not enough ("Textphone"). */
  label?: Text;
  /** When this channel's hours differ from the helpline's. */
  hours?: Hours;
}

export interface Helpline {
  id: string;
  name: Text;
  organisation?: string;
  /** What it is for. */
  description?: Text;
  /** ISO 3166-1 alpha-2. */
  countries: string[];
  /** Parts of the country it covers. */
  regions?: Text[];
  topics: Topic[];
  channels: Channel[];
  /** BCP 47 tags, and `interpreters`. Unknown when absent. */
  languages?: string[];
  /** Unknown when absent. */
  hours?: Hours;
  free?: boolean;
  freeFrom?: Text;
  confidential?: boolean;
  anonymous?: boolean;
  pinned?: boolean;
  source: string;
  checked: string;
  /** Demo data with fictional numbers. */
  example?: boolean;
}

/** A helpline feed (`src` or the `helplines` property). */
export interface HelplineFeed {
  schema: 'hope-widgets/helplines@1';
  items: Helpline[];
  example?: boolean;
  updated?: string;
  publisher?: string;
}
