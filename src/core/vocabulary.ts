/**
 * The shared vocabulary (DESIGN.md): exploitation types and the helpline topic each maps to,
 * in one place. Labels are functions called at render time, never module-level `msg()`
 * constants, which would freeze the locale at import.
 */
import {msg} from '@lit/localize';

export const EXPLOITATION_TYPES = [
  'labour', 'sexual', 'criminal', 'domestic-servitude', 'child', 'financial', 'other', 'not-sure',
] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

export function isExploitationType(value: string): value is ExploitationType {
  return (EXPLOITATION_TYPES as readonly string[]).includes(value);
}

/** Helpline topic for each exploitation type (the locator's "what do you need help with"). */
export const HELPLINE_TOPIC: Record<ExploitationType, string> = {
  labour: 'labour-exploitation',
  sexual: 'sexual-exploitation',
  criminal: 'criminal-exploitation',
  'domestic-servitude': 'modern-slavery',
  child: 'children',
  financial: 'modern-slavery',
  other: 'modern-slavery',
  'not-sure': 'modern-slavery',
};

export function exploitationTypeLabel(type: ExploitationType): string {
  switch (type) {
    case 'labour':
      return msg('Forced labour or labour exploitation', {id: 'type.labour'});
    case 'sexual':
      return msg('Sexual exploitation', {id: 'type.sexual'});
    case 'criminal':
      return msg('Criminal exploitation, including county lines and cuckooing', {id: 'type.criminal'});
    case 'domestic-servitude':
      return msg('Domestic servitude', {id: 'type.domestic-servitude'});
    case 'child':
      return msg('Exploitation of a child', {id: 'type.child'});
    case 'financial':
      return msg('Financial exploitation', {id: 'type.financial'});
    case 'other':
      return msg('Something else', {id: 'type.other'});
    case 'not-sure':
      return msg('I am not sure', {id: 'type.not-sure'});
  }
}
