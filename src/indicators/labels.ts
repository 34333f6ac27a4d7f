/**
 * Words for the catalogue, from functions called at render time so that a locale switched after
 * load translates them. Plain language, reading age about 9–11. Every message has an explicit id.
 */
import {msg} from '@lit/localize';
import type {IndicatorGroupId} from './catalogue.js';

export function groupLabel(id: IndicatorGroupId): string {
  switch (id) {
    case 'general':
      return msg('General signs', {id: 'group.general'});
    case 'labour':
      return msg('Work and forced labour', {id: 'group.labour'});
    case 'sexual':
      return msg('Sexual exploitation', {id: 'group.sexual'});
    case 'criminal':
      return msg('Criminal exploitation, county lines and cuckooing', {id: 'group.criminal'});
    case 'domestic-servitude':
      return msg('Domestic servitude (forced housework)', {id: 'group.domestic-servitude'});
    case 'child':
      return msg('Signs in children', {id: 'group.child'});
  }
}

type Words = () => readonly [label: string, explanation?: string];

const WORDS: Record<string, Words> = {
  // General signs (Home Office list used by UK councils)
  injuries: () => [msg('Has injuries that look untreated or unexplained', {id: 'indicator.injuries'})],
  malnourished: () => [msg('Looks underfed or very tired', {id: 'indicator.malnourished'})],
  unkempt: () => [msg('Looks unwashed or uncared for', {id: 'indicator.unkempt'})],
  withdrawn: () => [msg('Seems withdrawn, scared or anxious', {id: 'indicator.withdrawn'})],
  'rarely-alone': () => [msg('Is rarely seen alone', {id: 'indicator.rarely-alone'})],
  'seems-controlled': () => [
    msg('Someone else seems to speak or decide for them', {id: 'indicator.seems-controlled'}),
    msg('For example, another person always answers questions for them.', {id: 'indicator.seems-controlled.more'}),
  ],
  'overcrowded-housing': () => [msg('Lives in an overcrowded or run-down place', {id: 'indicator.overcrowded-housing'})],
  'lives-at-work': () => [msg('Lives and works at the same address', {id: 'indicator.lives-at-work'})],
  'no-id-documents': () => [msg('Has no passport or ID of their own', {id: 'indicator.no-id-documents'})],
  'documents-held': () => [msg('Someone else keeps their passport or papers', {id: 'indicator.documents-held'})],
  'few-belongings': () => [msg('Has very few things of their own', {id: 'indicator.few-belongings'})],
  'same-clothes': () => [msg('Wears the same clothes every day', {id: 'indicator.same-clothes'})],
  'no-protective-equipment': () => [msg('Has the wrong clothes for the work, or no safety equipment', {id: 'indicator.no-protective-equipment'})],
  'odd-travel-times': () => [
    msg('Is dropped off and picked up very early or very late', {id: 'indicator.odd-travel-times'}),
    msg('Often in a group, in the same van or car.', {id: 'indicator.odd-travel-times.more'}),
  ],
  'avoids-eye-contact': () => [msg('Avoids looking at people, or seems afraid to talk to strangers', {id: 'indicator.avoids-eye-contact'})],
  'fears-authorities': () => [
    msg('Is afraid of the police or of being sent away', {id: 'indicator.fears-authorities'}),
    msg('Or afraid that their family will be hurt.', {id: 'indicator.fears-authorities.more'}),
  ],
  'scripted-answers': () => [msg('Gives answers that sound learned by heart', {id: 'indicator.scripted-answers'})],
  'does-not-know-address': () => [msg('Does not know their home or work address', {id: 'indicator.does-not-know-address'})],
  'debt-to-employer': () => [msg('Owes money to the boss or to the person who brought them', {id: 'indicator.debt-to-employer'})],
  'pay-deductions': () => [msg('Has money taken from their pay for food, housing or travel', {id: 'indicator.pay-deductions'})],
  'very-cheap-services': () => [msg('The service is much cheaper than anywhere else', {id: 'indicator.very-cheap-services'})],
  // Forced labour: the ILO's 11 indicators
  'abuse-of-vulnerability': () => [
    msg('The boss takes advantage of them', {id: 'indicator.abuse-of-vulnerability'}),
    msg('For example, because they do not speak the language or have nowhere else to go.', {id: 'indicator.abuse-of-vulnerability.more'}),
  ],
  'deception-about-work': () => [msg('They were lied to about the job or the pay', {id: 'indicator.deception-about-work'})],
  'restricted-movement': () => [msg('They are not free to come and go', {id: 'indicator.restricted-movement'})],
  isolated: () => [msg('They are kept away from other people', {id: 'indicator.isolated'})],
  violence: () => [msg('They are hit, hurt or sexually abused', {id: 'indicator.violence'})],
  threats: () => [msg('They are threatened or frightened into working', {id: 'indicator.threats'})],
  'wages-withheld': () => [msg('They are not paid, or paid much later or much less', {id: 'indicator.wages-withheld'})],
  'debt-bondage': () => [msg('They must work to pay off a debt that never ends', {id: 'indicator.debt-bondage'})],
  'abusive-conditions': () => [msg('The work or the housing is dirty, unsafe or degrading', {id: 'indicator.abusive-conditions'})],
  'excessive-overtime': () => [msg('They work very long hours with few or no days off', {id: 'indicator.excessive-overtime'})],
  'threat-to-visa-or-job': () => [msg('They are told they will lose their visa or job if they complain', {id: 'indicator.threat-to-visa-or-job'})],
  // Sexual exploitation
  'forced-sex-work': () => [msg('They are made to have sex for money', {id: 'indicator.forced-sex-work'})],
  'taken-to-clients': () => [msg('Someone drives or takes them to meet people for sex', {id: 'indicator.taken-to-clients'})],
  'many-men-visit': () => [
    msg('Many different men visit a house or flat for a short time', {id: 'indicator.many-men-visit'}),
    msg('At all times of the day and night.', {id: 'indicator.many-men-visit.more'}),
  ],
  'moved-between-addresses': () => [msg('They are moved often between flats, hotels or towns', {id: 'indicator.moved-between-addresses'})],
  'no-control-of-earnings': () => [msg('Someone else takes the money they earn', {id: 'indicator.no-control-of-earnings'})],
  'abuse-images': () => [msg('Sexual pictures or videos of them are made or shared', {id: 'indicator.abuse-images'})],
  // Criminal exploitation, county lines and cuckooing
  'goes-missing': () => [msg('Often goes missing', {id: 'indicator.goes-missing'})],
  'found-far-from-home': () => [msg('Is found in towns far from home', {id: 'indicator.found-far-from-home'})],
  'unexplained-money': () => [msg('Has money, clothes or phones they cannot explain', {id: 'indicator.unexplained-money'})],
  'several-phones': () => [msg('Has more than one phone or SIM card', {id: 'indicator.several-phones'})],
  'constant-calls': () => [msg('Gets a lot of calls and messages, all the time', {id: 'indicator.constant-calls'})],
  'older-controlling-friends': () => [msg('Spends time with older people who control them', {id: 'indicator.older-controlling-friends'})],
  'carries-weapon': () => [msg('Carries a knife or another weapon', {id: 'indicator.carries-weapon'})],
  'drop-at-school': () => [msg('Suddenly does much worse at school', {id: 'indicator.drop-at-school'})],
  'self-harm': () => [msg('Hurts themselves', {id: 'indicator.self-harm'})],
  'unknown-keys': () => [msg('Has hotel keys or keys to places you do not know', {id: 'indicator.unknown-keys'})],
  'home-taken-over': () => [
    msg('Someone has taken over a person’s home (cuckooing)', {id: 'indicator.home-taken-over'}),
    msg('Often to sell drugs from it.', {id: 'indicator.home-taken-over.more'}),
  ],
  'many-visitors-odd-hours': () => [msg('Many visitors come and go at odd hours', {id: 'indicator.many-visitors-odd-hours'})],
  'drug-paraphernalia': () => [msg('There are signs of drug use or dealing', {id: 'indicator.drug-paraphernalia'})],
  'occupant-afraid': () => [msg('The person who lives there seems afraid', {id: 'indicator.occupant-afraid'})],
  // Domestic servitude
  'forced-housework': () => [msg('Is made to do all the housework or childcare', {id: 'indicator.forced-housework'})],
  'very-long-hours': () => [msg('Works all day and night with no time off', {id: 'indicator.very-long-hours'})],
  'sleeps-where-works': () => [msg('Sleeps on the floor or in the kitchen where they work', {id: 'indicator.sleeps-where-works'})],
  'never-leaves-house': () => [msg('Never leaves the house without the family they work for', {id: 'indicator.never-leaves-house'})],
  'eats-apart': () => [msg('Does not eat with the rest of the family', {id: 'indicator.eats-apart'})],
  'paid-little-or-nothing': () => [msg('Is paid very little or nothing for the work', {id: 'indicator.paid-little-or-nothing'})],
  // Children
  'no-access-to-parents': () => [msg('The child cannot see or talk to their parents', {id: 'indicator.no-access-to-parents'})],
  'child-intimidated': () => [msg('The child seems frightened or bullied', {id: 'indicator.child-intimidated'})],
  'no-friends-own-age': () => [msg('The child has no friends of their own age', {id: 'indicator.no-friends-own-age'})],
  'not-in-school': () => [msg('The child does not go to school', {id: 'indicator.not-in-school'})],
  'no-time-to-play': () => [msg('The child has no time to play', {id: 'indicator.no-time-to-play'})],
  'child-eats-apart': () => [msg('The child eats apart from the rest of the household', {id: 'indicator.child-eats-apart'})],
  'unsuitable-work-for-child': () => [msg('The child does work that is not right for a child', {id: 'indicator.unsuitable-work-for-child'})],
  'travels-with-unrelated-adults': () => [
    msg('The child travels alone, or with adults who are not family', {id: 'indicator.travels-with-unrelated-adults'}),
  ],
};

/** The plain-language label of an indicator (the id itself if it is unknown). */
export function indicatorLabel(id: string): string {
  return WORDS[id]?.()[0] ?? id;
}

/** The optional one-line explanation. */
export function indicatorExplanation(id: string): string | undefined {
  return WORDS[id]?.()[1];
}

/** Ids that have words (tests check this equals the catalogue). */
export const LABELLED_IDS: readonly string[] = Object.keys(WORDS);
