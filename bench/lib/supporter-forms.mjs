// Uses both forms on the all-three page as a supporter would, through
// playwright's pointer and keyboard (its CSS locators pierce open shadow
// roots): signs the petition, then finds their MP and reaches the letter.

// One of the contract fixtures' sample postcodes, the ones the server's
// offline MP provider (its default, apps/server/src/representatives/bundled-provider.ts) knows.
const KNOWN_POSTCODE = 'SW1A 1AA';
const STEP_TIMEOUT_MS = 20_000;

export async function signThePetition(page) {
  const counter = page.locator('petition-counter');
  // A widget that shows a "Sign" button first loads its form when it is pressed; the
  // button gives way to the form once the form's code is in, which may happen at any
  // moment, so it is pressed only while it is still there.
  const open = counter.locator('[part~="open-form"]');
  if (await open.isVisible()) await open.click({ timeout: 2000 }).catch(() => {});
  const form = counter.locator('form[part~="form"]');
  await form.waitFor({ timeout: STEP_TIMEOUT_MS });
  await form.locator('input[name="name"]').fill('Bench Supporter');
  // A new address each time, so the server counts a new signature.
  await form.locator('input[name="email"]').fill(`bench-${Date.now()}@example.org`);
  await form.locator('input[name="consent.privacy"]').check();
  await form.locator('[part~="submit"]').click();
  await counter.locator('[part~="result"]').waitFor({ timeout: STEP_TIMEOUT_MS });
}

export async function findTheMp(page) {
  const widget = page.locator('mp-email-form');
  const postcode = widget.locator('input[name="postcode"]');
  await postcode.fill(KNOWN_POSTCODE);
  await postcode.press('Enter');
  await widget.locator('textarea').waitFor({ timeout: STEP_TIMEOUT_MS });
}
