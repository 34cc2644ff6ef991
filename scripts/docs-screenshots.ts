/**
 * Writes the console screenshots in docs/images/ for docs/running-a-campaign.md:
 * the real server (a fresh embedded database) and the machine's Chromium.
 * Run after a build: `npx turbo run build && npx tsx scripts/docs-screenshots.ts`.
 */
import { join } from 'node:path';
import { sampleRepresentatives } from '@placard/contract/fixtures';
import { launchChromium } from './browser-tests/chromium.js';
import { startPlacardServer } from './browser-tests/placard-server.js';

const root = join(import.meta.dirname, '..');
const images = join(root, 'docs/images');
const SLUG = 'ban-chen-quanguo';

const server = await startPlacardServer({
  embedDir: join(root, 'packages/embed/dist'),
  demoDir: join(root, 'apps/demo/dist'),
});
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();

  // A few supporters, from the postcodes the offline MP data knows, so the charts have something to show.
  for (const [index, sample] of sampleRepresentatives.entries()) {
    for (let n = 0; n <= index * 2; n += 1) {
      await page.request.post(`${server.origin}/v1/campaigns/${SLUG}/signatures`, {
        headers: { authorization: 'Bearer pk_test_demo', origin: server.origin },
        data: {
          name: `Supporter ${index}-${n}`,
          email: `supporter-${index}-${n}@example.org`,
          postcode: sample.postcode,
          consent: { privacy: true },
          source: { utmSource: n % 2 ? 'newsletter' : 'facebook' },
          website: '',
        },
      });
    }
  }

  await page.goto(`${server.origin}/admin`);
  await page.screenshot({ path: join(images, 'console-sign-in.png') });
  await page.getByLabel('Your staff key').fill(server.adminKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();

  await page.goto(`${server.origin}/admin/campaigns/${SLUG}`);
  await page.locator('campaign-timeline').getByRole('listitem').first().waitFor();
  await page.screenshot({ path: join(images, 'console-campaign.png') });

  await page.goto(`${server.origin}/admin/campaigns/${SLUG}/supporters`);
  // Give the area resolver its moment: constituencies are looked up after signing.
  await page.waitForTimeout(1500);
  await page.reload();
  await page.locator('section', { has: page.getByRole('heading', { name: 'By constituency' }) }).screenshot({
    path: join(images, 'console-supporters.png'),
  });

  await page.goto(`${server.origin}/admin/checklist`);
  await page.screenshot({ path: join(images, 'console-checklist.png') });
  console.log(`Wrote four screenshots to ${images}.`);
} finally {
  await browser.close();
  await server.close();
}
