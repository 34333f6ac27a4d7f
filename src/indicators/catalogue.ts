/**
 * The indicator catalogue ("spot the signs"), shared by the checklist and the report form.
 * Ids are kebab-case and stable forever: never rename or renumber one (case systems store them);
 * retire an id by leaving it out of a group, never by reusing it. Every group names its source
 * (../shared/FACTS.md). Labels are written for a reading age of about 9–11.
 * Text comes from functions called at render time (see ./labels.ts).
 */
import type {ExploitationType} from '../core/vocabulary.js';

export type IndicatorGroupId = 'general' | 'labour' | 'sexual' | 'criminal' | 'domestic-servitude' | 'child';

export interface Indicator {
  id: string;
  group: IndicatorGroupId;
  /** The exploitation types this sign can point to. */
  types: readonly ExploitationType[];
  /** A sign of immediate danger: the checklist puts the emergency number first. */
  danger?: boolean;
}

export interface IndicatorGroup {
  id: IndicatorGroupId;
  /** The exploitation types the group is about (the general signs apply to all). */
  types: readonly ExploitationType[];
  sources: readonly {title: string; url: string}[];
}

const ALL: readonly ExploitationType[] = ['labour', 'sexual', 'criminal', 'domestic-servitude', 'child'];

export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [
  {
    id: 'general',
    types: ALL,
    sources: [
      {
        title: 'Knowsley Council: modern slavery and criminal exploitation (Home Office list)',
        url: 'https://www.knowsley.gov.uk/adult-social-care/safeguarding-adults/types-abuse/modern-slavery-and-criminal-exploitation',
      },
      {title: 'Together Free: spot the signs', url: 'https://togetherfree.org.uk/spot-the-signs'},
      {title: 'SW9 Community Housing: modern slavery', url: 'https://www.sw9.org.uk/'},
      {title: 'Kent Police: modern day slavery, signs of modern slavery', url: 'https://www.kent.police.uk/police-forces/kent-police/areas/kent-police/campaigns/modern-day-slavery/'},
    ],
  },
  {
    id: 'labour',
    types: ['labour'],
    sources: [{title: 'ILO: Indicators of Forced Labour (2012)', url: 'https://www.ilo.org/publications/ilo-indicators-forced-labour'}],
  },
  {
    id: 'sexual',
    types: ['sexual'],
    sources: [
      {title: 'Slough Borough Council: modern slavery', url: 'https://www.slough.gov.uk/council/strategies-plans-and-policies/modern-slavery.aspx'},
      {title: 'Justice and Care: spot the signs', url: 'https://justiceandcare.org/spot-the-signs/'},
      {title: 'Modern Slavery Education: sexual exploitation', url: 'https://www.modernslaveryeducation.com/sexual'},
    ],
  },
  {
    id: 'criminal',
    types: ['criminal'],
    sources: [
      {title: 'Safer North East Lincolnshire: county lines', url: 'https://www.safernel.co.uk/'},
      {title: 'PACE: child criminal exploitation', url: 'https://paceuk.info/'},
      {title: 'Healthy Surrey: cuckooing', url: 'https://www.healthysurrey.org.uk/'},
    ],
  },
  {
    id: 'domestic-servitude',
    types: ['domestic-servitude'],
    sources: [
      {title: 'Slough Borough Council: modern slavery', url: 'https://www.slough.gov.uk/council/strategies-plans-and-policies/modern-slavery.aspx'},
      {title: 'Hope for Justice: spot the signs, domestic servitude', url: 'https://archive.hopeforjustice.org/spot-the-signs/domestic-servitude/'},
    ],
  },
  {
    id: 'child',
    types: ['child'],
    sources: [{title: 'Hertfordshire Domestic Abuse Helpline: modern slavery', url: 'https://www.hertsdomesticabusehelpline.org/'}],
  },
];

/** Types beyond the group's own, for signs that point to more than one kind of exploitation. */
const ALSO: Record<string, readonly ExploitationType[]> = {
  'goes-missing': ['child'],
  'drop-at-school': ['child'],
};

const g = (group: IndicatorGroupId, types: readonly ExploitationType[], ids: string[], danger: string[] = []): Indicator[] =>
  ids.map((id) => ({id, group, types: ALSO[id] ? [...types, ...ALSO[id]] : types, ...(danger.includes(id) ? {danger: true} : {})}));

// Order within a group is the order people see. Append new ids; never rename or reuse one.
export const INDICATORS: readonly Indicator[] = [
  ...g('general', ALL, [
    'injuries', 'malnourished', 'unkempt', 'withdrawn', 'rarely-alone', 'seems-controlled', 'overcrowded-housing',
    'lives-at-work', 'no-id-documents', 'documents-held', 'few-belongings', 'same-clothes', 'no-protective-equipment',
    'odd-travel-times', 'avoids-eye-contact', 'fears-authorities', 'scripted-answers', 'does-not-know-address',
    'debt-to-employer', 'pay-deductions', 'very-cheap-services',
  ], ['injuries']),
  ...g('labour', ['labour'], [
    'abuse-of-vulnerability', 'deception-about-work', 'restricted-movement', 'isolated', 'violence', 'threats',
    'wages-withheld', 'debt-bondage', 'abusive-conditions', 'excessive-overtime', 'threat-to-visa-or-job',
  ], ['violence']),
  ...g('sexual', ['sexual'], [
    'forced-sex-work', 'taken-to-clients', 'many-men-visit', 'moved-between-addresses', 'no-control-of-earnings', 'abuse-images',
  ]),
  ...g('criminal', ['criminal'], [
    'goes-missing', 'found-far-from-home', 'unexplained-money', 'several-phones', 'constant-calls', 'older-controlling-friends',
    'carries-weapon', 'drop-at-school', 'self-harm', 'unknown-keys', 'home-taken-over', 'many-visitors-odd-hours',
    'drug-paraphernalia', 'occupant-afraid',
  ], ['carries-weapon']),
  ...g('domestic-servitude', ['domestic-servitude'], [
    'forced-housework', 'very-long-hours', 'sleeps-where-works', 'never-leaves-house', 'eats-apart', 'paid-little-or-nothing',
  ]),
  ...g('child', ['child'], [
    'no-access-to-parents', 'child-intimidated', 'no-friends-own-age', 'not-in-school', 'no-time-to-play',
    'child-eats-apart', 'unsuitable-work-for-child', 'travels-with-unrelated-adults',
  ]),
];

/**
 * Ids that were published once and are no longer shown. They stay reserved (never reused) and
 * readers of old hand-offs or case records may still meet them.
 */
export const RETIRED_INDICATOR_IDS: readonly string[] = ['advertised-online'];

export const INDICATOR_IDS: readonly string[] = INDICATORS.map((i) => i.id);

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

export function isIndicatorId(id: string): boolean {
  return BY_ID.has(id);
}

export function groupById(id: string): IndicatorGroup | undefined {
  return INDICATOR_GROUPS.find((group) => group.id === id);
}

/** The signs of one group, in the order people see them. */
export function indicatorsInGroup(group: IndicatorGroupId): Indicator[] {
  return INDICATORS.filter((i) => i.group === group);
}

/** Groups about any of the given types; the general signs always come first. No types: every group. */
export function groupsForTypes(types: readonly string[]): IndicatorGroup[] {
  if (!types.length) return [...INDICATOR_GROUPS];
  return INDICATOR_GROUPS.filter((group) => group.id === 'general' || group.types.some((t) => types.includes(t)));
}

/** Indicators that apply to any of the given types (general signs always do). */
export function indicatorsForTypes(types: readonly string[]): Indicator[] {
  if (!types.length) return [...INDICATORS];
  return INDICATORS.filter((i) => i.group === 'general' || i.types.some((t) => types.includes(t)));
}

/** The exploitation types a selection of signs points to (general signs point to none in particular). */
export function typesForIndicators(ids: readonly string[]): ExploitationType[] {
  const out = new Set<ExploitationType>();
  for (const id of ids) {
    const i = indicatorById(id);
    if (i && i.group !== 'general') i.types.forEach((t) => out.add(t));
  }
  return [...out];
}
