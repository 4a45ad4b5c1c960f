import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { lazyModule } from '../lazy-module.js';
import type { CalendarMenu, MenuItem } from './calendar-menu.js';

/** The calendar chunk (`calendar-menu.ts`): the menu, the service links and the iCalendar writer. */
export type CalendarChunk = typeof import('./calendar-menu.js');

const chunk = lazyModule<CalendarChunk>(() => import('./calendar-menu.js'));

/** Loads the calendar chunk: a server renderer (`nsiw-widgets/render`) has it before it renders, as a page would. */
export const loadCalendarChunk = (): Promise<CalendarChunk | null> => chunk.load();

/**
 * Gives an element its add-to-calendar menus and its calendar subscription: loads their chunk when the
 * element connects (once per page) and updates the element when it arrives.
 */
export class CalendarController implements ReactiveController {
  private _menu: CalendarMenu | undefined;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  /** Whether the chunk is still loading: an element that shows a whole item at once waits for it. */
  get loading(): boolean {
    return chunk.module === undefined;
  }

  hostConnected(): void {
    if (this.loading) void chunk.load().then(() => this._host.requestUpdate());
  }

  hostDisconnected(): void {
    this._menu?.close();
  }

  /** The add-to-calendar menu of an item, or nothing while the chunk is not loaded (or could not be). */
  renderMenu(item: MenuItem): TemplateResult | typeof nothing {
    const loaded = chunk.module;
    if (!loaded) return nothing;
    this._menu ??= new loaded.CalendarMenu(this._host);
    return this._menu.render(item);
  }

  /** The subscription links for a feed's `calendarUrl`, once the chunk is loaded. */
  renderSubscription(calendarUrl: string | undefined): TemplateResult | typeof nothing {
    return chunk.module?.renderSubscription(calendarUrl) ?? nothing;
  }
}
