import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeProblem } from '../../src/core/validator/validate.js';
import type { FeedCheck, PlacedProblem, TextPlace } from './feed-check.js';

/** Selects a place in the text box: what a click on a problem's line and column does. */
type Select = (place: TextPlace) => void;

function placeText(place: TextPlace): string {
  return msg(str`line ${place.line}, column ${place.column}`);
}

function renderPlace(place: TextPlace | undefined, select: Select): TemplateResult | typeof nothing {
  return place ? html`<button type="button" class="place" @click=${() => select(place)}>${placeText(place)}</button>` : nothing;
}

function summaryOf(check: FeedCheck | undefined): string {
  if (!check) return msg('Checking…');
  if (!check.ok) return msg('The feed cannot be used: no element would show any of it.');
  const { events, workshops, tabs } = check.counts;
  const counts = msg(str`Events: ${events}, workshops: ${workshops}, tabs: ${tabs}.`);
  const count = check.problems.length;
  if (count === 0) return msg(str`No problems. ${counts}`);
  return count === 1 ? msg(str`1 problem. ${counts}`) : msg(str`${count} problems. ${counts}`);
}

function renderProblem(problem: PlacedProblem, select: Select): TemplateResult {
  const what = problem.kind === 'skipped' ? msg('Left out:') : msg('Ignored member:');
  return html`<li class="problem">
    ${renderPlace(problem.place, select)}
    <span><strong>${what}</strong> <code>${describeProblem(problem)}</code></span>
  </li>`;
}

/** The "Check" section: the checker's verdict on the text, each problem a link to its place. */
export function renderCheck(check: FeedCheck | undefined, select: Select): TemplateResult {
  const updated = check?.ok ? check.result.feed.updated : undefined;
  return html`<section aria-labelledby="check-heading">
    <h2 id="check-heading">${msg('Check')}</h2>
    <p id="check-summary" role="status" aria-live="polite">${summaryOf(check)}</p>
    ${
      check?.ok
        ? html`<p id="updated">${updated ? msg(str`Updated (the feed's own date): ${updated}`) : msg('The feed has no updated date.')}</p>`
        : nothing
    }
    ${
      check && !check.ok
        ? html`<div class="problem whole" id="feed-error">
          ${renderPlace(check.place, select)}
          <span>${check.message}</span>
        </div>`
        : nothing
    }
    ${
      check?.ok && check.problems.length > 0
        ? html`<ul class="problems" id="problems">
          ${check.problems.map((problem) => renderProblem(problem, select))}
        </ul>`
        : nothing
    }
  </section>`;
}
