/** Types of place ("where did you see it"), shared by the checklist and the report form. Ids are stable forever. */
import {msg} from '@lit/localize';
import type {ExploitationType} from '../core/vocabulary.js';

export const PLACE_TYPES = [
  'car-wash', 'nail-bar', 'farm', 'factory', 'construction-site', 'warehouse', 'restaurant', 'hotel', 'shop',
  'private-house', 'street', 'other',
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

/** Which exploitation types to look at first for a place (a starting point, never a conclusion). */
export const PLACE_SUGGESTS: Record<PlaceType, readonly ExploitationType[]> = {
  'car-wash': ['labour'],
  'nail-bar': ['labour', 'sexual'],
  farm: ['labour'],
  factory: ['labour'],
  'construction-site': ['labour'],
  warehouse: ['labour'],
  restaurant: ['labour'],
  hotel: ['labour', 'sexual'],
  shop: ['labour', 'criminal'],
  'private-house': ['domestic-servitude', 'sexual', 'criminal', 'child'],
  street: ['criminal', 'sexual', 'child'],
  other: [],
};

export function placeTypeLabel(place: PlaceType): string {
  switch (place) {
    case 'car-wash':
      return msg('Car wash', {id: 'place.car-wash'});
    case 'nail-bar':
      return msg('Nail bar or beauty salon', {id: 'place.nail-bar'});
    case 'farm':
      return msg('Farm or field', {id: 'place.farm'});
    case 'factory':
      return msg('Factory', {id: 'place.factory'});
    case 'construction-site':
      return msg('Building site', {id: 'place.construction-site'});
    case 'warehouse':
      return msg('Warehouse', {id: 'place.warehouse'});
    case 'restaurant':
      return msg('Restaurant, café or takeaway', {id: 'place.restaurant'});
    case 'hotel':
      return msg('Hotel', {id: 'place.hotel'});
    case 'shop':
      return msg('Shop', {id: 'place.shop'});
    case 'private-house':
      return msg('A house or flat', {id: 'place.private-house'});
    case 'street':
      return msg('In the street or a public place', {id: 'place.street'});
    case 'other':
      return msg('Somewhere else', {id: 'place.other'});
  }
}
