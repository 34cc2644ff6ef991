import type { AppDeps } from '../app-deps.js';
import { constituencyCounts, countryCounts } from '../areas/counts.js';
import type { CampaignRow } from '../campaigns/store.js';
import { html, type SafeHtml } from '../pages/html.js';
import { errorSummary, type FormErrors, field } from './console-form.js';
import { consolePage, csrfField } from './console-layout.js';
import { dailyChart } from './daily-chart.js';
import { loadHexLayout } from './hex-layout-file.js';
import { hexMap } from './hex-map.js';
import type { StaffSession } from './staff-session.js';
import { dailyCounts, sourceCounts } from './supporter-stats.js';

const countries = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

type Sort = 'count' | 'name';

/**
 * A table sortable without script: each column heading is a link that reloads
 * the page sorted by it, and `aria-sort` says how it is sorted now.
 */
function constituencyTable(slug: string, rows: { code: string; name: string; count: number }[], sort: Sort): SafeHtml {
  const sorted = sort === 'name' ? [...rows].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')) : rows;
  const heading = (key: Sort, label: string, numeric: boolean) =>
    html`<th scope="col"${numeric ? html` class="number"` : ''} aria-sort="${sort === key ? (key === 'count' ? 'descending' : 'ascending') : 'none'}"><a href="/admin/campaigns/${slug}/supporters?sort=${key}#by-constituency">${label}</a></th>`;
  return html`<table><caption>Signatures by constituency (${rows.length} constituencies)</caption>
<thead><tr>${heading('name', 'Constituency', false)}${heading('count', 'Signatures', true)}</tr></thead>
<tbody>${sorted.map((row) => html`<tr><td>${row.name}</td><td class="number">${row.count}</td></tr>`)}</tbody></table>`;
}

/** A campaign's supporters: over time, by constituency (map and table), by country and by source; export and erasure. */
export async function supportersPage(
  deps: AppDeps,
  campaign: CampaignRow,
  session: StaffSession,
  query: Record<string, string>,
  notice?: string,
  errors: FormErrors = [],
): Promise<string> {
  const { db } = deps;
  const [days, areas, byCountry, sources] = await Promise.all([
    dailyCounts(db, campaign.id),
    constituencyCounts(db, campaign),
    countryCounts(db, campaign),
    sourceCounts(db, campaign.id),
  ]);
  const counts = new Map(areas.constituencies.map((area) => [area.code, area.count]));
  const sort: Sort = query.sort === 'name' ? 'name' : 'count';
  const slug = campaign.slug;
  return consolePage(
    { title: `Supporters: ${campaign.title}`, section: 'campaigns', session, notice },
    html`<p class="actions"><a href="/admin/campaigns/${slug}">Back to the campaign</a>
<a class="button secondary" href="/admin/campaigns/${slug}/signatures.csv" download>Download every signature (CSV)</a></p>
<section aria-labelledby="over-time"><h2 id="over-time">Over time</h2>${
      days.length > 0 ? dailyChart(days) : html`<p>No signatures or letters in the last 60 days.</p>`
    }</section>
<section aria-labelledby="by-constituency"><h2 id="by-constituency">By constituency</h2>
<p class="hint">From signers’ UK postcodes (only counted signatures). The same counts are public at
<code>/v1/campaigns/${slug}/petition/constituencies</code>.</p>
<div class="grid"><div>${hexMap(loadHexLayout(), counts, {
      title: 'Signatures by constituency',
      describe: (name, count) => `${name}: ${plural(count, 'signature', 'signatures')}`,
    })}</div><div>${constituencyTable(slug, areas.constituencies, sort)}</div></div></section>
<div class="grid"><section aria-labelledby="by-country"><h2 id="by-country">By country</h2>
<table><caption>Signatures by country</caption><thead><tr><th scope="col">Country</th><th scope="col" class="number">Signatures</th></tr></thead>
<tbody>${byCountry.countries.map(
      (row) => html`<tr><td>${countries.of(row.code) ?? row.code}</td><td class="number">${row.count}</td></tr>`,
    )}</tbody></table></section>
<section aria-labelledby="by-source"><h2 id="by-source">By partner and source</h2>
<table><caption>Signatures by partner key and link source (utm_source)</caption><thead><tr><th scope="col">Partner</th><th scope="col">Source</th>
<th scope="col" class="number">Signatures</th></tr></thead><tbody>${sources.map(
      (row) =>
        html`<tr><td>${row.partner ?? '—'}</td><td>${row.utmSource ?? '—'}</td><td class="number">${row.count}</td></tr>`,
    )}</tbody></table></section></div>
<section aria-labelledby="erase"><h2 id="erase">Erase a supporter</h2>
<p>When someone asks for their data to be erased: their name, email, postcode and address are removed from every
signature and letter they made, in every campaign. Counts stay. This cannot be undone.</p>${errorSummary(errors)}
<form method="post" action="/admin/supporters/erase">${csrfField(session)}<input type="hidden" name="campaign" value="${slug}">
${field({ name: 'email', label: 'Their email address', type: 'email', errors, autocomplete: 'off' })}
<div class="field">${
      errors.some(([name]) => name === 'confirm')
        ? html`<p class="field-error" id="field-confirm-error">Tick the box to confirm the erasure.</p>`
        : ''
    }<label class="choice"><input type="checkbox" id="field-confirm" name="confirm" value="yes"> I have checked this request and want to erase this person’s data</label></div>
<button type="submit" class="danger">Erase</button></form></section>`,
  );
}
