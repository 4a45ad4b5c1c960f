import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface OverflowOptions {
  /** Whether the host chooses its layout by width now (`layout="auto"`). */
  enabled: () => boolean;
  /** The row whose overflow is measured (the tab list), when it is shown. */
  row: () => Element | null;
  /** An empty block as wide as the host's content box, observed for changes of width. */
  sizer: () => Element | null;
}

/**
 * Whether a row of controls overflows the host's own width, in the manner of `@lit-labs/observers`'
 * `ResizeController`: it observes while the host is connected and updates the host when the answer
 * changes. Once narrow, it stays so until the host is again as wide as the row needed, so that the
 * layout does not flip back and forth at the edge.
 */
export class OverflowController implements ReactiveController {
  /** Whether the row did not fit at the last measurement. */
  narrow = false;

  /** The width the row needed when it last overflowed. */
  private _rowWidth = 0;
  // Made on connection, not in the constructor: a server renderer (Lit SSR) constructs the element where
  // no DOM and no observers exist, and only a connected element has anything to observe.
  private _observer: ResizeObserver | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _options: OverflowOptions,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    // A frame later, so that the change of layout never resizes what is being observed mid-delivery.
    this._observer ??= new ResizeObserver(() => requestAnimationFrame(() => this._measure()));
    void this._host.updateComplete.then(() => {
      const sizer = this._options.sizer();
      if (this._host.isConnected && sizer) this._observer?.observe(sizer);
    });
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  hostUpdated(): void {
    // Measured in the next frame, before it is painted: measuring here would force a layout of the whole
    // page in the middle of every element's update (a locale switch updates them all), one per element.
    requestAnimationFrame(() => this._measure());
  }

  /** The row changed (new titles): show it again and let the next measurement decide, before any paint. */
  remeasure(): void {
    this.narrow = false;
  }

  private _measure(): void {
    if (!this._options.enabled() || !this._host.isConnected) return;
    if (this.narrow) {
      const sizer = this._options.sizer();
      if (sizer && sizer.clientWidth >= this._rowWidth) this._setNarrow(false);
      return;
    }
    const row = this._options.row();
    if (row && row.scrollWidth > row.clientWidth + 1) {
      this._rowWidth = row.scrollWidth;
      this._setNarrow(true);
    }
  }

  private _setNarrow(narrow: boolean): void {
    this.narrow = narrow;
    this._host.requestUpdate();
  }
}
