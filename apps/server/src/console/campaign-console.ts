import {
  ApiError,
  type Campaign,
  CampaignInputSchema,
  CampaignPatchSchema,
  type TimelineEntry,
  TimelineEntryInputSchema,
} from '@placard/contract';
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { signatureExport } from '../admin/signature-export.js';
import type { AppDeps } from '../app-deps.js';
import { createCampaign, listCampaigns, requireCampaign, toCampaign, updateCampaign } from '../campaigns/store.js';
import type { AppEnv } from '../http/app-env.js';
import { html, type SafeHtml } from '../pages/html.js';
import { eraseSupporter } from '../privacy/erase.js';
import { addTimelineEntry, deleteTimelineEntry, listTimeline, updateTimelineEntry } from '../timeline/store.js';
import { choice, errorSummary, type FormErrors, field, text } from './console-form.js';
import { consolePage, csrfField } from './console-layout.js';
import type { ConsoleEnv } from './console-routes.js';
import { supportersPage } from './supporters-page.js';

/** What each action's redirect says at the top of the next page (`?done=`): our words only. */
const DONE: Record<string, string> = {
  created: 'Campaign created.',
  saved: 'Changes saved. Embedded widgets show them on their next update.',
  published: 'Timeline entry published: every embedded timeline shows it now.',
  updated: 'Timeline entry updated.',
  deleted: 'Timeline entry deleted.',
  erased: 'Erasure done.',
};
const noticeOf = (c: Context<ConsoleEnv>) => DONE[c.req.query('done') ?? ''];

/** A refused input's problems, each on the form field it belongs to. */
function problems(issues: readonly v.BaseIssue<unknown>[], fieldOf: (path: string) => string = (p) => p): FormErrors {
  const errors: FormErrors = [];
  for (const issue of issues) {
    const name = fieldOf(v.getDotPath(issue) ?? '');
    if (!errors.some(([seen]) => seen === name)) errors.push([name, issue.message]);
  }
  return errors;
}

/** `3000, 6000` → [3000, 6000]; anything that is not a whole number is left for the schema to refuse. */
const milestonesOf = (value: string) =>
  value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** The campaign form's fields as the contract's input: staff type text, the schema decides. */
function campaignInput(form: Record<string, unknown>) {
  const subject = text(form, 'letterSubject');
  const body = text(form, 'letterBody');
  const optionalUrl = (name: string) => text(form, name) || null;
  return {
    title: text(form, 'title'),
    summary: text(form, 'summary'),
    goal: /^\d+$/.test(text(form, 'goal')) ? Number(text(form, 'goal')) : text(form, 'goal'),
    milestones: milestonesOf(text(form, 'milestones')),
    signatureMode: text(form, 'signatureMode') || 'double_opt_in',
    status: text(form, 'status') || 'open',
    letter: subject || body ? { subject, body } : null,
    privacyNotice: text(form, 'privacyNotice'),
    privacyUrl: optionalUrl('privacyUrl'),
    shareUrl: optionalUrl('shareUrl'),
    retentionDaysAfterClose: Number(text(form, 'retentionDaysAfterClose') || 90),
  };
}

const letterField = (path: string) =>
  path === 'letter.subject' ? 'letterSubject' : path === 'letter.body' ? 'letterBody' : path;

function campaignFields(values: Partial<Campaign> & { milestonesText?: string }, errors: FormErrors): SafeHtml {
  return html`${field({ name: 'title', label: 'Title', value: values.title, errors })}
${field({ name: 'summary', label: 'Summary', value: values.summary, errors, multiline: true, optional: true })}
${field({ name: 'goal', label: 'Petition goal', type: 'number', value: values.petition?.goal, errors })}
${field({
  name: 'milestones',
  label: 'Milestones to celebrate',
  hint: 'Signature counts, separated by commas, e.g. 3000, 6000.',
  value: values.milestonesText ?? values.petition?.milestones.map((m) => m.count).join(', '),
  errors,
  optional: true,
})}
${choice({
  name: 'signatureMode',
  legend: 'How signatures are counted',
  value: values.signatureMode ?? 'double_opt_in',
  options: [
    ['double_opt_in', 'After the signer confirms their email (recommended)'],
    ['immediate', 'At once'],
  ],
})}
${choice({
  name: 'status',
  legend: 'Status',
  value: values.status ?? 'open',
  options: [
    ['open', 'Open: takes signatures and letters'],
    ['closed', 'Closed: shows the count, takes nothing'],
  ],
})}
${field({ name: 'letterSubject', label: 'Letter to MPs: subject', value: values.letter?.subject, errors, optional: true })}
${field({
  name: 'letterBody',
  label: 'Letter to MPs: text',
  hint: 'Supporters edit it before sending. {{name}} becomes the supporter’s name.',
  value: values.letter?.body,
  errors,
  multiline: true,
  optional: true,
})}
${field({ name: 'shareUrl', label: 'Page supporters share', type: 'url', value: values.shareUrl, errors, optional: true })}
${field({ name: 'privacyUrl', label: 'Privacy notice link', type: 'url', value: values.privacyUrl, errors, optional: true })}
${field({ name: 'privacyNotice', label: 'Privacy notice text', value: values.privacyNotice, errors, multiline: true, optional: true })}
${field({
  name: 'retentionDaysAfterClose',
  label: 'Days to keep supporters’ details after closing',
  type: 'number',
  value: values.retentionDaysAfterClose ?? 90,
  errors,
  hint: 'Then names, emails and postcodes are erased; counts stay.',
})}`;
}

function entryFields(entry: Partial<TimelineEntry>, errors: FormErrors, prefix = ''): SafeHtml {
  const kinds: [string, string][] = [
    ['news', 'News'],
    ['action', 'Action'],
    ['milestone', 'Milestone'],
  ];
  return html`${field({ name: `${prefix}date`, label: 'Date', type: 'date', value: entry.date, errors })}
${choice({ name: `${prefix}kind`, legend: 'Kind', value: entry.kind ?? 'news', options: kinds })}
${field({ name: `${prefix}title`, label: 'Title', value: entry.title, errors })}
${field({ name: `${prefix}body`, label: 'Text', value: entry.body, errors, multiline: true, optional: true })}
${field({ name: `${prefix}url`, label: 'Link', type: 'url', value: entry.url, errors, optional: true })}`;
}

/**
 * An entry form's fields as the contract's input. Each form's fields carry a prefix
 * (`new-`, `e-<id>-`), so that ids stay unique on a page with many entry forms.
 */
const entryInput = (form: Record<string, unknown>, prefix: string) => ({
  date: text(form, `${prefix}date`),
  kind: text(form, `${prefix}kind`),
  title: text(form, `${prefix}title`),
  body: text(form, `${prefix}body`),
  url: text(form, `${prefix}url`) || null,
});

const NEW_ENTRY = 'new-';

/** Campaigns, their timeline, their supporters and erasure. */
export function campaignConsole(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const { db } = deps;

  const listPage = async (c: Context<ConsoleEnv>, errors: FormErrors = [], values: Record<string, string> = {}) => {
    const session = c.get('staff');
    const campaigns = await listCampaigns(db);
    const rows = campaigns.map(
      (campaign) => html`<tr><td><a href="/admin/campaigns/${campaign.slug}">${campaign.title}</a></td>
<td>${campaign.status}</td><td class="number">${campaign.petition.count.toLocaleString('en-GB')}</td>
<td class="number">${campaign.petition.goal.toLocaleString('en-GB')}</td>
<td><a href="/admin/campaigns/${campaign.slug}/supporters">Supporters<span class="visually-hidden"> of ${campaign.title}</span></a></td></tr>`,
    );
    return c.html(
      consolePage(
        { title: 'Campaigns', section: 'campaigns', session, notice: noticeOf(c) },
        html`<table><caption>${campaigns.length} campaigns</caption><thead><tr><th scope="col">Campaign</th><th scope="col">Status</th>
<th scope="col" class="number">Signatures</th><th scope="col" class="number">Goal</th><th scope="col">Supporters</th></tr></thead>
<tbody>${rows}</tbody></table>
<section aria-labelledby="new-campaign"><h2 id="new-campaign">Start a campaign</h2>${errorSummary(errors)}
<form method="post" action="/admin/campaigns">${csrfField(session)}
${field({ name: 'slug', label: 'Web address name', hint: 'Lower-case letters, digits and hyphens, e.g. ban-chen-quanguo. It cannot change later.', value: values.slug, errors })}
${field({ name: 'title', label: 'Title', value: values.title, errors })}
${field({ name: 'goal', label: 'Petition goal', type: 'number', value: values.goal, errors })}
<button type="submit">Create campaign</button></form></section>`,
      ),
      errors.length > 0 ? 400 : 200,
    );
  };

  app.get('/admin/campaigns', (c) => listPage(c));

  app.post('/admin/campaigns', async (c) => {
    const form = c.get('form');
    const values = { slug: text(form, 'slug'), title: text(form, 'title'), goal: text(form, 'goal') };
    const parsed = v.safeParse(CampaignInputSchema, {
      ...values,
      goal: /^\d+$/.test(values.goal) ? Number(values.goal) : values.goal,
    });
    if (!parsed.success) return listPage(c, problems(parsed.issues), values);
    try {
      const campaign = await createCampaign(db, parsed.output);
      return c.redirect(`/admin/campaigns/${campaign.slug}?done=created`, 303);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation_failed')
        return listPage(c, [['slug', error.message]], values);
      throw error;
    }
  });

  const editPage = async (c: Context<ConsoleEnv>, errors: FormErrors = [], typed?: Record<string, unknown>) => {
    const session = c.get('staff');
    const row = await requireCampaign(db, c.req.param('slug') ?? '');
    const campaign = await toCampaign(db, row);
    const { entries } = await listTimeline(db, row.id, { limit: 200 });
    const values = typed ? { ...campaign, ...(typed as Partial<Campaign>) } : campaign;
    const slug = campaign.slug;
    return c.html(
      consolePage(
        { title: campaign.title, section: 'campaigns', session, notice: noticeOf(c), embed: true },
        html`<p class="actions"><a href="/admin/campaigns/${slug}/supporters">Supporters and letters</a>
<a href="/admin/partners">Snippets for partners</a></p>
<div class="grid"><section aria-labelledby="edit-heading"><h2 id="edit-heading">Campaign</h2>${errorSummary(errors)}
<form method="post" action="/admin/campaigns/${slug}">${csrfField(session)}${campaignFields(values, errors)}
<button type="submit">Save changes</button></form></section>
<section aria-labelledby="preview-heading"><h2 id="preview-heading">Live preview</h2>
<p class="hint">The widgets as partner pages show them. Pages already open update live; a page opened in the half minute after a change may show it only when reloaded later (browsers keep the campaign's data that long).</p>
<div class="preview"><petition-counter campaign="${slug}" display-only><p>The count appears here.</p></petition-counter>
<campaign-timeline campaign="${slug}"><p>The timeline appears here.</p></campaign-timeline></div></section></div>
<section aria-labelledby="timeline-heading"><h2 id="timeline-heading">Timeline</h2>
<p class="hint">Entries are shown newest first by date; change a date to move an entry.</p>
<details${errors.some(([name]) => name.startsWith(NEW_ENTRY)) ? html` open` : ''}><summary>Publish an entry</summary>
<form method="post" action="/admin/campaigns/${slug}/timeline">${csrfField(session)}${entryFields({ date: new Date().toISOString().slice(0, 10) }, errors, NEW_ENTRY)}
<button type="submit">Publish</button></form></details>
<ol>${entries.map(
          (
            entry,
          ) => html`<li><details${errors.some(([name]) => name.startsWith(`e-${entry.id}-`)) ? html` open` : ''}><summary>${entry.date} · ${entry.kind} · ${entry.title}</summary>
<form method="post" action="/admin/campaigns/${slug}/timeline/${entry.id}">${csrfField(session)}${entryFields(entry, errors, `e-${entry.id}-`)}
<div class="actions"><button type="submit">Save entry</button></div></form>
<form method="post" action="/admin/campaigns/${slug}/timeline/${entry.id}/delete" class="inline">${csrfField(session)}
<button type="submit" class="danger">Delete “${entry.title}”</button></form></details></li>`,
        )}</ol></section>`,
      ),
      errors.length > 0 ? 400 : 200,
    );
  };

  app.get('/admin/campaigns/:slug', (c) => editPage(c));

  app.post('/admin/campaigns/:slug', async (c) => {
    const input = campaignInput(c.get('form'));
    const parsed = v.safeParse(CampaignPatchSchema, input);
    if (!parsed.success) {
      const typed = {
        ...input,
        milestonesText: text(c.get('form'), 'milestones'),
        petition: undefined,
        letter: input.letter ?? { subject: '', body: '' },
      };
      return editPage(c, problems(parsed.issues, letterField), typed as Record<string, unknown>);
    }
    await updateCampaign(db, c.req.param('slug'), parsed.output);
    return c.redirect(`/admin/campaigns/${c.req.param('slug')}?done=saved`, 303);
  });

  app.post('/admin/campaigns/:slug/timeline', async (c) => {
    const parsed = v.safeParse(TimelineEntryInputSchema, entryInput(c.get('form'), NEW_ENTRY));
    if (!parsed.success)
      return editPage(
        c,
        problems(parsed.issues, (path) => `${NEW_ENTRY}${path}`),
      );
    await addTimelineEntry(db, c.req.param('slug'), parsed.output);
    return c.redirect(`/admin/campaigns/${c.req.param('slug')}?done=published#timeline-heading`, 303);
  });

  app.post('/admin/campaigns/:slug/timeline/:id', async (c) => {
    const id = c.req.param('id');
    const prefix = `e-${id}-`;
    const parsed = v.safeParse(TimelineEntryInputSchema, entryInput(c.get('form'), prefix));
    if (!parsed.success)
      return editPage(
        c,
        problems(parsed.issues, (path) => `${prefix}${path}`),
      );
    await updateTimelineEntry(db, c.req.param('slug'), id, parsed.output);
    return c.redirect(`/admin/campaigns/${c.req.param('slug')}?done=updated#timeline-heading`, 303);
  });

  app.post('/admin/campaigns/:slug/timeline/:id/delete', async (c) => {
    await deleteTimelineEntry(db, c.req.param('slug'), c.req.param('id'));
    return c.redirect(`/admin/campaigns/${c.req.param('slug')}?done=deleted#timeline-heading`, 303);
  });

  app.get('/admin/campaigns/:slug/supporters', async (c) => {
    const row = await requireCampaign(db, c.req.param('slug'));
    return c.html(await supportersPage(deps, row, c.get('staff'), c.req.query(), noticeOf(c)));
  });

  app.get('/admin/campaigns/:slug/signatures.csv', (c) =>
    signatureExport(c as unknown as Context<AppEnv>, db, c.req.param('slug')),
  );

  // A supporter's erasure request: everything they gave, in every campaign.
  app.post('/admin/supporters/erase', async (c) => {
    const form = c.get('form');
    const email = text(form, 'email');
    const back = text(form, 'campaign');
    const campaign = await requireCampaign(db, back);
    const errors: FormErrors = [];
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) errors.push(['email', 'Enter the supporter’s email address.']);
    if (form.confirm !== 'yes') errors.push(['confirm', 'Tick the box to confirm the erasure.']);
    if (errors.length > 0) {
      return c.html(await supportersPage(deps, campaign, c.get('staff'), c.req.query(), undefined, errors), 400);
    }
    const erased = await eraseSupporter(db, email);
    c.get('logger').info({ erased }, 'supporter erased from the console');
    const summary = `Erased ${erased.signatures} signatures, ${erased.letters} letters and ${erased.mail} queued mails for that address.`;
    return c.html(await supportersPage(deps, campaign, c.get('staff'), c.req.query(), summary));
  });

  return app;
}
