import type { Petition } from '@placard/contract';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Catalogue, CatalogueBasics } from '../i18n/catalogue.js';
import type { Format } from '../i18n/format.js';

/** What the counter shows once its campaign has loaded. */
export interface CounterView {
  t: Pick<Catalogue, 'petition'>;
  format: Format<CatalogueBasics>;
  petition: Petition;
  closed: boolean;
  /** The page's own goal (the `goal` attribute), if it set one. */
  goal: number | undefined;
  /** The number on screen: the count, or a step of its animation towards it. */
  shown: number;
  /** A milestone crossed while the page was open. */
  celebrating: number | undefined;
  compact: boolean;
  displayOnly: boolean;
  /** The signing form (or its thank-you), once its code is here and it is open. */
  form: TemplateResult | undefined;
  /** The form's code is yet to come: the first view holds the space the form will fill. */
  formPending: boolean;
  onOpenForm(): void;
}

/**
 * The counter's view: one template, drawn by the element and, before the element's
 * code has arrived, by the embed's first view (petition-counter.first-view.ts).
 */
export function counterView(v: CounterView): TemplateResult {
  const content = html`${counter(v)}${v.displayOnly ? nothing : action(v)}`;
  return v.formPending ? html`<div class="form-pending">${content}</div>` : content;
}

function counter(v: CounterView): TemplateResult {
  const { t, format: f, petition } = v;
  const count = petition.count;
  const goal = v.goal && v.goal > 0 ? v.goal : petition.goal;
  const next = petition.milestones
    .map((milestone) => milestone.count)
    .filter((milestone) => milestone > count && milestone < goal)
    .sort((a, b) => a - b)[0];
  const target = next ?? goal;
  const reached = petition.milestones.filter((milestone) => milestone.reachedAt !== null);
  return html`<section class="counter" part="counter">
    <p class="count" part="count">
      <span class="number" part="number">${f.number(v.shown)}</span>
      <span class="unit">${t.petition.unit(count, f)}</span>
    </p>
    <progress
      part="progress"
      max=${target}
      .value=${Math.min(count, target)}
      aria-label=${t.petition.progressLabel(count, target, f)}
    ></progress>
    <p class="to-go">
      ${count >= goal ? t.petition.goalReached : t.petition.toGo(target - count, target, f)}
      ${next !== undefined ? html`<span class="goal">· ${t.petition.goal(goal, f)}</span>` : nothing}
    </p>
    ${
      v.celebrating !== undefined
        ? html`<p class="celebration" part="celebration">
          <span class="burst" aria-hidden="true"></span>${t.petition.celebration(v.celebrating, f)}
        </p>`
        : nothing
    }
    ${
      !v.compact && reached.length > 0
        ? html`<h3 class="milestones-heading">${t.petition.milestonesHeading}</h3>
          <ul class="milestones" part="milestones">
            ${reached.map(
              (milestone) =>
                html`<li>
                  <span>${t.petition.signatures(milestone.count, f)}</span>
                  <time datetime=${milestone.reachedAt ?? ''}>${f.date(milestone.reachedAt ?? '')}</time>
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}

function action(v: CounterView): TemplateResult {
  if (v.form) return v.form;
  if (v.closed) return html`<div class="notice" part="closed"><p>${v.t.petition.closedBody}</p></div>`;
  // Until the form's code is here (or, in compact mode, until asked for), a call to
  // action that already works: pressed early, it opens the form as soon as it arrives.
  return html`<div class="sign-placeholder">
    <button type="button" class="open-form" part="open-form" @click=${v.onOpenForm}>
      ${v.t.petition.signHeading}
    </button>
  </div>`;
}
