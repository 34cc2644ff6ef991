import { ApiError } from '@placard/contract';
import { loadBundledMpList } from '../representatives/mp-list.js';
import { type Check, type CheckContext, fail, listOf, ok, plural, readOnly, warn } from './check.js';

const USE_PARLIAMENT =
  'Set MP_PROVIDER=uk-parliament (postcodes.io and the UK Parliament Members API; this machine must reach ' +
  'api.postcodes.io and members-api.parliament.uk over HTTPS), restart the server, and run placard doctor again.';

/** Slugs of open campaigns that take letters; null when the database cannot say. */
async function openLetterCampaigns(ctx: CheckContext): Promise<string[] | null> {
  try {
    return await readOnly(ctx.db, async (sql) => {
      const { rows } = await sql.query<{ slug: string }>(
        `SELECT slug FROM campaigns WHERE status = 'open' AND jsonb_typeof(letter) = 'object' ORDER BY slug`,
      );
      return rows.map((row) => row.slug);
    });
  } catch {
    return null;
  }
}

async function bundled(ctx: CheckContext) {
  const size = loadBundledMpList().size;
  const why =
    `MP_PROVIDER=bundled (the default): MPs come from the offline list of ${size} MPs, none with an email address ` +
    '(and postcodes only from the few demo ones), so every letter sent with a live key fails with mp_email_unavailable.';
  const letters = await openLetterCampaigns(ctx);
  if (letters && letters.length === 0) {
    return warn(`${why} No open campaign takes letters right now, so nothing fails yet.`, USE_PARLIAMENT);
  }
  const which = letters
    ? ` ${plural(letters.length, 'open campaign')} ${letters.length === 1 ? 'takes' : 'take'} letters: ${listOf(letters)}.`
    : '';
  return fail(`${why}${which}`, USE_PARLIAMENT);
}

/**
 * One real look-up, as a live letter makes it (`requireContact`: the MP's
 * contact details must really be fetched). The provider asks per MP and keeps
 * no list, so how many of the 650 MPs publish an email is not something it can
 * tell without 650 requests; the probe says what it found for one.
 */
async function ukParliament(ctx: CheckContext) {
  const { config, probePostcode } = ctx;
  const apis = `postcodes.io (${config.postcodesApiUrl}) and the Members API (${config.membersApiUrl})`;
  const howMany =
    'The Members API gives contact details one MP at a time, so this probe cannot count how many MPs publish an ' +
    'email; supporters whose MP publishes none are pointed to the MP’s contact page (mp_email_unavailable).';
  const started = Date.now();
  try {
    const found = await ctx.representatives.lookup(probePostcode, { requireContact: true });
    const { mp, constituency } = found;
    const took = `${Date.now() - started} ms`;
    if (!mp.email) {
      return warn(
        `${apis} answered in ${took}: ${probePostcode} is in ${constituency.name}, whose MP ${mp.name} publishes no ` +
          `email address, so letters to that MP cannot be sent. ${howMany}`,
        'Nothing to change if that is so; run placard doctor --postcode <a postcode whose MP publishes an email> to probe another MP.',
      );
    }
    return ok(
      `${apis} answered in ${took}: ${probePostcode} is in ${constituency.name}, whose MP ${mp.name} publishes an ` +
        `email address, so live letters to that MP can be sent. ${howMany}`,
    );
  } catch (error) {
    const fix =
      'Check that this machine can reach both over HTTPS (firewall, outbound proxy, DNS) and that POSTCODES_API_URL and ' +
      'MEMBERS_API_URL are unset or point at working mirrors; then run placard doctor again.';
    if (error instanceof ApiError && error.code === 'postcode_not_found') {
      return fail(`postcodes.io at ${config.postcodesApiUrl} does not know ${probePostcode}: ${error.message}`, fix);
    }
    if (error instanceof ApiError && error.code === 'validation_failed') {
      return fail(
        `The probe postcode "${probePostcode}" is not a UK postcode.`,
        'Pass one like --postcode "SW1A 1AA".',
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      `Looking up ${probePostcode} through ${apis} failed after ${Date.now() - started} ms: ${reason} Live letters fail with lookup_unavailable while this lasts.`,
      fix,
    );
  }
}

export const mpProvider: Check = {
  id: 'mp-provider',
  title: 'MP look-up and MP emails',
  run: (ctx) => (ctx.representatives.provider === 'bundled' ? bundled(ctx) : ukParliament(ctx)),
};
