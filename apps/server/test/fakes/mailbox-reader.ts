/** Test helpers that read the dev mailbox of a running server (`GET /dev/mail.json`) and wait for mail. */

export interface MailboxMail {
  id: number;
  kind: string;
  from: string;
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
  createdAt: string;
}

/** Polls `check` every 20 ms until it returns something truthy; fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  timeoutMs = 5000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function readMailbox(serverUrl: string, to?: string): Promise<MailboxMail[]> {
  const query = to ? `?to=${encodeURIComponent(to)}&limit=500` : '?limit=500';
  const response = await fetch(`${serverUrl}/dev/mail.json${query}`);
  if (!response.ok) throw new Error(`/dev/mail.json answered ${response.status}`);
  return ((await response.json()) as { mails: MailboxMail[] }).mails;
}

/** Waits until the mailbox holds a mail to `to` that matches. */
export function waitForMail(
  serverUrl: string,
  to: string,
  matches: (mail: MailboxMail) => boolean = () => true,
  timeoutMs = 5000,
): Promise<MailboxMail> {
  return waitFor(async () => (await readMailbox(serverUrl, to)).find(matches), timeoutMs, `a mail to ${to}`);
}

/** The confirmation link in a mail's text. */
export function confirmLink(mail: MailboxMail): string {
  const link = /https?:\/\/\S+\/v1\/confirm\/[\w-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`No confirmation link in mail "${mail.subject}"`);
  return link;
}
