/**
 * Verified emergency numbers and national helplines, each with its source and the date it was
 * checked (../shared/FACTS.md). Every widget uses these for "call now" and "while undelivered"
 * lines; the helpline locator builds its built-in entries on them. For any other country we have
 * no checked number, and the widgets say so rather than guess.
 */

export interface PhoneNumber {
  /** As written locally, e.g. `08000 121 700`. */
  display: string;
  /** What a `tel:` / `sms:` link dials: short codes as written, others in international format. */
  dial: string;
}

export interface EmergencyContact {
  country: string;
  call: PhoneNumber;
  /** UK text relay prefix for deaf, hard of hearing or speech-impaired callers. */
  textRelay?: PhoneNumber;
  /** True where emergencySMS (UK) is available to people who registered first. */
  emergencySms?: boolean;
  source: string;
  checked: string;
}

export interface NationalHelpline {
  id: string;
  country: string;
  /** Proper name: not translated, it is what the person hears when they call. */
  name: string;
  call: PhoneNumber;
  text?: PhoneNumber;
  web?: string;
  hours: '24/7';
  source: string;
  checked: string;
}

const CHECKED = '2026-11-21';

export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

const UK_EMERGENCY: EmergencyContact = {
  country: 'GB',
  call: {display: '999', dial: '999'},
  textRelay: {display: '18000', dial: '18000'},
  emergencySms: true,
  source: 'https://www.healthwatchnorthamptonshire.co.uk/',
  checked: CHECKED,
};

export function emergencyFor(country: string | undefined): EmergencyContact | undefined {
  const cc = (country ?? '').toUpperCase();
  if (cc === 'GB' || cc === 'UK') return UK_EMERGENCY;
  if (cc === 'US') {
    return {country: 'US', call: {display: '911', dial: '911'}, source: 'https://www.fcc.gov/general/9-1-1-and-e9-1-1-services', checked: CHECKED};
  }
  if ((EU_COUNTRIES as readonly string[]).includes(cc)) {
    return {
      country: cc,
      call: {display: '112', dial: '112'},
      source: 'https://digital-strategy.ec.europa.eu/en/policies/112',
      checked: CHECKED,
    };
  }
  return undefined;
}

const HELPLINES: NationalHelpline[] = [
  {
    id: 'gb-modern-slavery-helpline',
    country: 'GB',
    name: 'Modern Slavery & Exploitation Helpline',
    call: {display: '08000 121 700', dial: '+448000121700'},
    web: 'https://www.modernslaveryhelpline.org/report',
    hours: '24/7',
    source: 'https://www.modernslaveryhelpline.org/about',
    checked: CHECKED,
  },
  {
    id: 'us-national-human-trafficking-hotline',
    country: 'US',
    name: 'National Human Trafficking Hotline',
    call: {display: '1-888-373-7888', dial: '+18883737888'},
    text: {display: '233733', dial: '233733'},
    web: 'https://humantraffickinghotline.org',
    hours: '24/7',
    source: 'https://humantraffickinghotline.org',
    checked: CHECKED,
  },
];

/** The national modern-slavery helpline for a country, if we have a checked one. */
export function helplineFor(country: string | undefined): NationalHelpline | undefined {
  const cc = (country ?? '').toUpperCase() === 'UK' ? 'GB' : (country ?? '').toUpperCase();
  return HELPLINES.find((h) => h.country === cc);
}

export function telHref(n: PhoneNumber): string {
  return `tel:${n.dial}`;
}
