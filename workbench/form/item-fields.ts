/** The form's fields for each kind of item: which member, how it is edited, and its label. */
import { msg } from '@lit/localize';
import type { ItemKind } from '../feed/feed-text.js';

export type FieldControl = 'id' | 'text' | 'rich' | 'string' | 'url' | 'instant' | 'time-zone' | 'status' | 'number' | 'country' | 'type';

export interface FieldSpec {
  /** The member's path in the item: `title`, `location.online`. */
  path: readonly string[];
  control: FieldControl;
  /** The label: the member's name in the editor's language. */
  label: () => string;
  required?: boolean;
}

const field = (path: string, control: FieldControl, label: () => string, required = false): FieldSpec => ({
  path: path.split('.'),
  control,
  label,
  required,
});

export const ITEM_FIELDS: Readonly<Record<ItemKind, readonly FieldSpec[]>> = {
  events: [
    field('id', 'id', () => msg('Id'), true),
    field('title', 'text', () => msg('Title'), true),
    field('type', 'type', () => msg('Type')),
    field('label', 'text', () => msg('Label')),
    field('status', 'status', () => msg('Status')),
    field('timeZone', 'time-zone', () => msg('Time zone')),
    field('start', 'instant', () => msg('Start'), true),
    field('end', 'instant', () => msg('End')),
    field('organizer', 'text', () => msg('Organizer')),
    field('location.name', 'text', () => msg('Place')),
    field('location.address', 'string', () => msg('Address')),
    field('location.city', 'text', () => msg('City')),
    field('location.country', 'country', () => msg('Country')),
    field('location.online', 'url', () => msg('Online (URL)')),
    field('url', 'url', () => msg('Event page (URL)')),
    field('registrationUrl', 'url', () => msg('Registration (URL)')),
    field('description', 'rich', () => msg('Description')),
  ],
  workshops: [
    field('id', 'id', () => msg('Id'), true),
    field('number', 'number', () => msg('Number')),
    field('title', 'text', () => msg('Title'), true),
    field('timeZone', 'time-zone', () => msg('Time zone')),
    field('start', 'instant', () => msg('Start'), true),
    field('end', 'instant', () => msg('End')),
    field('host', 'text', () => msg('Host')),
    field('venue', 'text', () => msg('Venue')),
    field('city', 'text', () => msg('City')),
    field('country', 'country', () => msg('Country')),
    field('programUrl', 'url', () => msg('Programme (URL)')),
    field('registrationUrl', 'url', () => msg('Registration (URL)')),
    field('description', 'rich', () => msg('Description')),
  ],
  tabs: [
    field('id', 'id', () => msg('Id'), true),
    field('title', 'text', () => msg('Title'), true),
    field('body', 'rich', () => msg('Body'), true),
  ],
};

/** The event types with a label of their own in the elements (`docs/feed.md`, Event). */
export const EVENT_TYPES = ['seminar', 'workshop', 'conference', 'panel', 'webinar', 'meeting'] as const;

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;

export function statusLabel(status: (typeof EVENT_STATUSES)[number]): string {
  if (status === 'cancelled') return msg('Cancelled');
  if (status === 'postponed') return msg('Postponed');
  return msg('Scheduled');
}

export function kindHeading(kind: ItemKind): string {
  if (kind === 'events') return msg('Events');
  if (kind === 'workshops') return msg('Workshops');
  return msg('Tabs');
}

export function addLabel(kind: ItemKind): string {
  if (kind === 'events') return msg('Add event');
  if (kind === 'workshops') return msg('Add workshop');
  return msg('Add tab');
}
