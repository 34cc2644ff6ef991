import { html, type SafeHtml } from '../pages/html.js';
import type { DailyCount } from './supporter-stats.js';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 44 };

/**
 * Signatures and letters per day as paired bars, an SVG drawn on the server (the
 * console runs no script). The picture is a summary for sighted readers; the
 * same numbers follow in a table for everyone.
 */
export function dailyChart(days: readonly DailyCount[]): SafeHtml {
  const totals = days.reduce((sum, day) => [sum[0]! + day.signatures, sum[1]! + day.letters], [0, 0]);
  const summary = `Signatures and letters per day: ${totals[0]} signatures and ${totals[1]} letters over ${days.length} days with activity.`;
  const max = Math.max(1, ...days.map((day) => Math.max(day.signatures, day.letters)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(days.length, 1);
  const bar = Math.max(1, Math.min(14, slot / 2 - 1));
  const y = (n: number) => PAD.top + plotHeight - (n / max) * plotHeight;
  const labelEvery = Math.ceil(days.length / 8);
  const bars = days.map((day, index) => {
    const x = PAD.left + index * slot + slot / 2;
    return html`<rect class="bar-signatures" x="${(x - bar).toFixed(1)}" y="${y(day.signatures).toFixed(1)}" width="${bar.toFixed(1)}" height="${(PAD.top + plotHeight - y(day.signatures)).toFixed(1)}" fill="#a4161a"><title>${day.day}: ${day.signatures} signatures</title></rect>
<rect x="${x.toFixed(1)}" y="${y(day.letters).toFixed(1)}" width="${bar.toFixed(1)}" height="${(PAD.top + plotHeight - y(day.letters)).toFixed(1)}" fill="#1a56b8"><title>${day.day}: ${day.letters} letters</title></rect>${
      index % labelEvery === 0
        ? html`<text x="${x.toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle">${day.day.slice(5)}</text>`
        : ''
    }`;
  });
  return html`<figure><svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="daily-title">
<title id="daily-title">${summary}</title>
<line x1="${PAD.left}" y1="${PAD.top + plotHeight}" x2="${WIDTH - PAD.right}" y2="${PAD.top + plotHeight}" stroke="currentColor"/>
<text x="${PAD.left - 6}" y="${PAD.top + 10}" text-anchor="end">${max}</text><text x="${PAD.left - 6}" y="${PAD.top + plotHeight}" text-anchor="end">0</text>
${bars}</svg>
<figcaption><span class="legend-signatures">■</span> signatures (red) and <span class="legend-letters">■</span> letters (blue) per day.</figcaption></figure>
<details><summary>Show the numbers</summary><table><caption>Per day</caption><thead><tr><th scope="col">Day</th><th scope="col" class="number">Signatures</th><th scope="col" class="number">Letters</th></tr></thead>
<tbody>${days.map((day) => html`<tr><td>${day.day}</td><td class="number">${day.signatures}</td><td class="number">${day.letters}</td></tr>`)}</tbody></table></details>`;
}
