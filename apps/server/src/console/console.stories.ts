import type { Meta, StoryObj } from '@storybook/web-components-vite';
import layoutFile from '../../data/uk-constituencies-2024.hexjson?raw';
import { type SafeHtml, html as safe } from '../pages/html.js';
import { choice, errorSummary, field } from './console-form.js';
import { CONSOLE_CSS } from './console-style.js';
import { dailyChart } from './daily-chart.js';
import { hexMap, parseHexLayout } from './hex-map.js';

// The console is drawn on the server (console-routes.ts): these stories show its
// parts as the server writes them, in the console's stylesheet, for designers to
// review and for the Storybook test's axe run.

const layout = parseHexLayout(layoutFile);
const codes = Object.keys(layout.hexes);

/** A deterministic spread of counts over `share` of the constituencies (London and Scotland heavier). */
function counts(share: number): Map<string, number> {
  return new Map(
    codes
      .filter((_, index) => (index * 7919) % 100 < share * 100)
      .map((code, index) => [
        code,
        code.startsWith('S') || code.startsWith('E1400117') ? 40 + index : 1 + (index % 30),
      ]),
  );
}

/** Server markup in the console's stylesheet. The markup is ours, escaped by the server's `html` tag. */
function shown(markup: SafeHtml): HTMLElement {
  const page = document.createElement('main');
  const style = document.createElement('style');
  style.textContent = CONSOLE_CSS;
  page.append(style);
  page.insertAdjacentHTML('beforeend', markup.value);
  return page;
}

const meta: Meta = {
  title: 'Console/Parts',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

const map = (share: number) =>
  hexMap(layout, counts(share), {
    title: 'Signatures by constituency',
    describe: (name, count) => `${name}: ${count} signatures`,
  });

export const MapNoSignatures: Story = { name: 'Constituency map: no signatures yet', render: () => shown(map(0)) };
export const MapSome: Story = { name: 'Constituency map: a third of constituencies', render: () => shown(map(0.33)) };
export const MapEverywhere: Story = { name: 'Constituency map: everywhere', render: () => shown(map(1)) };

export const DailyChart: Story = {
  name: 'Signatures and letters per day',
  render: () =>
    shown(
      dailyChart(
        Array.from({ length: 30 }, (_, index) => ({
          day: `2026-11-${String(index + 1).padStart(2, '0')}`,
          signatures: Math.round(40 + 30 * Math.sin(index / 3) + index * 3),
          letters: Math.round(8 + 6 * Math.cos(index / 4)),
        })),
      ),
    ),
};

export const FormWithErrors: Story = {
  name: 'A refused form (GOV.UK error summary)',
  render: () => {
    const errors: [string, string][] = [
      ['slug', 'Use lower-case letters, digits and hyphens.'],
      ['goal', 'Use a whole number of at least 1.'],
    ];
    return shown(safe`<section>${errorSummary(errors)}<form>
${field({ name: 'slug', label: 'Web address name', hint: 'Lower-case letters, digits and hyphens.', value: 'Not A Slug', errors })}
${field({ name: 'title', label: 'Title', value: 'Ban Chen Quanguo', errors })}
${field({ name: 'goal', label: 'Petition goal', type: 'number', value: '', errors })}
${choice({
  name: 'mode',
  legend: 'How signatures are counted',
  value: 'double_opt_in',
  options: [
    ['double_opt_in', 'After the signer confirms their email'],
    ['immediate', 'At once'],
  ],
})}
<button type="submit">Create campaign</button></form></section>`);
  },
};
