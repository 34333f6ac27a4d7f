/**
 * The built-in helplines: only the verified entries of FACTS.md, each with its source and the
 * date it was checked. Emergency numbers and the national modern-slavery helplines come from
 * the core (src/core/contacts.ts), which every widget shares; the other UK lines are here.
 * Proper names are not translated (they are what the person hears when they call); what each
 * line is for is, through `msg()` called at render time.
 */
import {msg} from '@lit/localize';
import {EU_COUNTRIES, emergencyFor, helplineFor, type EmergencyContact, type NationalHelpline} from '../core/contacts.js';
import type {Channel, Helpline} from './types.js';

const GB_HELPLINE = helplineFor('GB') as NationalHelpline;
const US_HOTLINE = helplineFor('US') as NationalHelpline;
const CHECKED = GB_HELPLINE.checked;
/** Police and accessibility pages that list 999, 18000, emergencySMS, 101 and 18001 101. */
const UK_POLICE_SOURCE = (emergencyFor('GB') as EmergencyContact).source;

const phone = (dial: string, display = dial, label?: () => string): Channel => ({type: 'phone', value: dial, display, label});
const sms = (dial: string, display = dial, label?: () => string): Channel => ({type: 'sms', value: dial, display, label});
const web = (value: string, label?: () => string): Channel => ({type: 'web', value, label});

const emergencyName = () => msg('Emergency services', {id: 'helpline-locator.emergency.name'});
const emergencyWhat = () => msg('Police, fire and ambulance, if you or someone else is in danger now.', {id: 'helpline-locator.emergency.description'});

function emergency(id: string, e: EmergencyContact, countries: string[], extra: Channel[] = [], more: Partial<Helpline> = {}): Helpline {
  return {
    id,
    name: emergencyName,
    description: emergencyWhat,
    countries,
    topics: ['emergency', 'police'],
    channels: [phone(e.call.dial, e.call.display), ...extra],
    hours: '24/7',
    source: e.source,
    checked: e.checked,
    ...more,
  };
}

const GB = emergencyFor('GB') as EmergencyContact;
const EU = emergencyFor(EU_COUNTRIES[0]) as EmergencyContact;

/** Built-in entries, emergency first. Never edit a number here without a source in FACTS.md. */
export const BUILT_IN: readonly Helpline[] = [
  emergency('gb-emergency', GB, ['GB'], [
    phone(GB.textRelay!.dial, GB.textRelay!.display, () => msg('Text relay (deaf, hard of hearing or speech-impaired callers)', {id: 'helpline-locator.channel.text-relay'})),
    sms('999', '999', () => msg('emergencySMS: only if you have registered your phone first', {id: 'helpline-locator.channel.emergency-sms'})),
  ]),
  emergency('us-emergency', emergencyFor('US') as EmergencyContact, ['US']),
  emergency('eu-emergency-112', EU, [...EU_COUNTRIES], [], {
    description: () => msg('112, the single European emergency number: police, fire and ambulance in every EU country.', {id: 'helpline-locator.emergency.eu-description'}),
    free: true,
    freeFrom: () => msg('from any phone', {id: 'helpline-locator.free-from.any-phone'}),
  }),
  {
    id: GB_HELPLINE.id,
    name: GB_HELPLINE.name,
    organisation: 'Unseen',
    description: () => msg('Advice and reporting for anyone worried about modern slavery or exploitation: victims, people who know a victim, workers, businesses and the public.', {id: 'helpline-locator.gb-msh.description'}),
    countries: ['GB'],
    topics: ['modern-slavery', 'labour-exploitation', 'sexual-exploitation', 'criminal-exploitation', 'children'],
    channels: [phone(GB_HELPLINE.call.dial, GB_HELPLINE.call.display), web(GB_HELPLINE.web!, () => msg('Report online', {id: 'helpline-locator.channel.report-online'}))],
    hours: '24/7',
    free: true,
    confidential: true,
    anonymous: true,
    source: GB_HELPLINE.source,
    checked: CHECKED,
  },
  {
    id: 'gb-police-101',
    name: () => msg('Police non-emergency number', {id: 'helpline-locator.gb-101.name'}),
    description: () => msg('To report a crime or a concern to the police when nobody is in immediate danger.', {id: 'helpline-locator.gb-101.description'}),
    countries: ['GB'],
    topics: ['police'],
    channels: [phone('101'), phone('18001101', '18001 101', () => msg('Textphone', {id: 'helpline-locator.channel.textphone'}))],
    hours: '24/7',
    source: UK_POLICE_SOURCE,
    checked: CHECKED,
  },
  {
    id: 'gb-crimestoppers',
    name: 'Crimestoppers',
    description: () => msg('Tell them what you know about a crime without giving your name.', {id: 'helpline-locator.gb-crimestoppers.description'}),
    countries: ['GB'],
    topics: ['police', 'modern-slavery', 'criminal-exploitation'],
    channels: [phone('+44800555111', '0800 555 111'), web('https://crimestoppers-uk.org/give-information', () => msg('Anonymous online form', {id: 'helpline-locator.channel.anonymous-form'}))],
    hours: '24/7',
    anonymous: true,
    source: 'https://crimestoppers-uk.org/give-information',
    checked: CHECKED,
  },
  {
    id: 'gb-glaa',
    name: 'Gangmasters and Labour Abuse Authority (GLAA)',
    description: () => msg('Report labour exploitation and the abuse of workers. Not an advice line.', {id: 'helpline-locator.gb-glaa.description'}),
    countries: ['GB'],
    topics: ['labour-exploitation', 'modern-slavery'],
    channels: [phone('+448004320804', '0800 432 0804')],
    source: 'https://www.gla.gov.uk/',
    checked: CHECKED,
  },
  {
    id: 'gb-salvation-army',
    name: 'The Salvation Army modern slavery referral helpline',
    organisation: 'The Salvation Army',
    description: () => msg('A referral helpline for victims of modern slavery in England and Wales, to get them support.', {id: 'helpline-locator.gb-salvation-army.description'}),
    countries: ['GB'],
    regions: [() => msg('England and Wales', {id: 'helpline-locator.region.england-wales'})],
    topics: ['modern-slavery'],
    channels: [phone('+448008083733', '0800 808 3733')],
    hours: '24/7',
    source: 'https://www.salvationarmy.org.uk/modern-slavery',
    checked: CHECKED,
  },
  {
    id: 'gb-shout',
    name: 'Shout',
    description: () => msg('A text line for anyone in crisis who needs to talk now.', {id: 'helpline-locator.gb-shout.description'}),
    countries: ['GB'],
    topics: ['crisis-support'],
    channels: [sms('85258')],
    hours: '24/7',
    source: 'https://crisistextline.uk',
    checked: CHECKED,
  },
  {
    id: US_HOTLINE.id,
    name: US_HOTLINE.name,
    organisation: 'Polaris',
    description: () => msg('Help and reporting for victims and survivors of human trafficking and anyone who knows of a situation.', {id: 'helpline-locator.us-hotline.description'}),
    countries: ['US'],
    topics: ['modern-slavery', 'labour-exploitation', 'sexual-exploitation'],
    channels: [phone(US_HOTLINE.call.dial, US_HOTLINE.call.display), sms(US_HOTLINE.text!.dial, US_HOTLINE.text!.display), web(US_HOTLINE.web!)],
    languages: ['en', 'interpreters'],
    hours: '24/7',
    source: US_HOTLINE.source,
    checked: CHECKED,
  },
];

/** True for a built-in emergency entry: never removed, never replaced, never filtered out. */
export const isBuiltInEmergency = (h: Helpline): boolean => BUILT_IN.includes(h) && h.topics.includes('emergency');
