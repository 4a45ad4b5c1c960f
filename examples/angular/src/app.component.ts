// An Angular 21 component using the widgets. CUSTOM_ELEMENTS_SCHEMA lets the template use the `nsiw-`
// tags and bind to their properties (without it: NG8001 unknown element, NG8002 unknown property).
// `[workshop]`, `[now]` and `[limit]` set properties, so the object, the Date and the number arrive as
// they are; `(nsiw-load)` and the other event bindings listen to the elements' own events. The schema
// turns Angular's checks off for these tags, so `$event` is an `Event`: cast it to its CustomEvent.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'nsiw-widgets/events.js';
import 'nsiw-widgets/info-tabs.js';
import 'nsiw-widgets/language-toggle.js';
import 'nsiw-widgets/workshop-card.js';
import type { FeedLoadDetail } from 'nsiw-widgets/events.js';
import type { TabChangeDetail } from 'nsiw-widgets/info-tabs.js';
import type { LocaleChangeDetail } from 'nsiw-widgets/language-toggle.js';
import type { WorkshopInput } from 'nsiw-widgets/workshop-card.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <nsiw-language-toggle (nsiw-locale-change)="onLocaleChange($event)" />
    <main>
      <h1>nsiw-widgets in an Angular app</h1>

      <h2>The workshop, from the app's own data</h2>
      <nsiw-workshop-card [workshop]="workshop" [now]="now" />

      <h2>Upcoming events</h2>
      <nsiw-events [src]="feed" [limit]="3" [now]="now" (nsiw-load)="onLoad($event)" />

      <h2>More about the project</h2>
      <nsiw-info-tabs [src]="feed" (nsiw-tab-change)="onTabChange($event)" />

      <h2>What the app received</h2>
      <ol id="received" aria-live="polite">
        @for (line of received(); track $index) {
          <li>{{ line }}</li>
        }
      </ol>
    </main>
  `,
})
export class AppComponent {
  /** The feed, next to the examples (the page is examples/angular/dist/browser/index.html). */
  protected readonly feed = '../../../feed.json';

  /** A workshop the app has already, in the feed's shape: given to the card as its `workshop` property. */
  protected readonly workshop: WorkshopInput = {
    id: 'workshop-2023-oslo',
    number: 1,
    title: { nb: 'N-SIW-workshop i Oslo', en: 'N-SIW workshop in Oslo' },
    start: '2023-10-12',
    end: '2023-10-13',
    timeZone: 'Europe/Oslo',
    city: 'Oslo',
    country: 'NO',
    host: 'Fafo',
  };

  /** The moment the page shows: the first day of the Oslo workshop, so that the card says it is ongoing. */
  protected readonly now = new Date('2023-10-12T13:00:00+02:00');

  protected readonly received = signal<string[]>([]);

  protected onLoad(event: Event): void {
    const { feed, skipped } = (event as CustomEvent<FeedLoadDetail>).detail;
    this.record(`load: ${feed.events.length} events, ${skipped.length} skipped`);
  }

  protected onTabChange(event: Event): void {
    this.record(`tab-change: ${(event as CustomEvent<TabChangeDetail>).detail.id}`);
  }

  protected onLocaleChange(event: Event): void {
    this.record(`locale-change: ${(event as CustomEvent<LocaleChangeDetail>).detail.locale}`);
  }

  private record(line: string): void {
    this.received.update((lines) => [...lines, line]);
  }
}
