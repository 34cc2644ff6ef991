import { type Check, fail, type Outcome, ok, plural, warn } from './check.js';
import { isLocalHost } from './hosts.js';

export const productionMode: Check = {
  id: 'production-mode',
  title: 'Production mode',
  run({ config }) {
    if (config.production) {
      return ok('NODE_ENV=production: the server refuses to start without SMTP_URL and never serves the dev mailbox.');
    }
    return fail(
      'NODE_ENV is not "production", so the server runs in development mode: it starts without SMTP_URL ' +
        '(mail then goes to the dev mailbox) and serves that mailbox at /dev/mail to this machine.',
      "Set NODE_ENV=production in the server's environment and restart it.",
    );
  },
};

export const publicUrl: Check = {
  id: 'public-url',
  title: 'Public URL',
  run({ config }) {
    const fix =
      'Set PUBLIC_URL to the https:// address supporters reach this server at (e.g. PUBLIC_URL=https://act.your-campaign.org) and restart it.';
    let url: URL;
    try {
      url = new URL(config.publicUrl);
    } catch {
      return fail(`PUBLIC_URL "${config.publicUrl}" is not a URL.`, fix);
    }
    const links = 'the confirmation links in every mail point there';
    if (isLocalHost(url.hostname)) {
      return fail(
        `PUBLIC_URL is ${config.publicUrl}${config.publicUrl === `http://localhost:${config.port}` ? ' (the default when unset)' : ''}, ` +
          `which supporters cannot reach, and ${links}.`,
        fix,
      );
    }
    if (url.protocol !== 'https:') {
      return fail(`PUBLIC_URL is ${config.publicUrl}: not https, and ${links}.`, fix);
    }
    return ok(`PUBLIC_URL is ${config.publicUrl}; ${links}.`);
  },
};

/** The address in `Name <address>` or a bare address. */
function senderAddress(from: string): string {
  return (/<([^<>]*)>\s*$/.exec(from)?.[1] ?? from).trim();
}

export const mailFrom: Check = {
  id: 'mail-from',
  title: 'Sender address (MAIL_FROM)',
  run({ config }) {
    const address = senderAddress(config.mailFrom);
    const domain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : '';
    const fix =
      'Set MAIL_FROM="Your campaign <no-reply@your-campaign.org>" with a domain your SMTP provider may send as ' +
      '(SPF and DKIM set up for it), and restart the server.';
    if (!domain) return fail(`MAIL_FROM is "${config.mailFrom}", which has no email address in it.`, fix);
    if (isLocalHost(domain)) {
      const isDefault = config.mailFrom === 'Placard <no-reply@localhost>';
      return fail(
        `MAIL_FROM is "${config.mailFrom}"${isDefault ? ' (the default)' : ''}: receiving servers refuse or bin mail from @${domain}.`,
        fix,
      );
    }
    return ok(`Mail is sent from ${address}; your SMTP provider must be allowed to send as ${domain} (SPF, DKIM).`);
  },
};

export const trustProxy: Check = {
  id: 'trust-proxy',
  title: 'Client addresses behind a proxy (TRUST_PROXY)',
  run({ config }) {
    const fix =
      'Set TRUST_PROXY to the number of proxies you run in front of the server (1 for one nginx, Caddy or load balancer; ' +
      '2 for a CDN in front of that), never more, and restart it.';
    if (config.trustProxy === 0) {
      let https = false;
      try {
        https = new URL(config.publicUrl).protocol === 'https:';
      } catch {}
      if (https && config.rateLimits !== false) {
        return fail(
          'PUBLIC_URL is https but this server speaks only plain HTTP, so a proxy in front of it ends TLS; ' +
            'with TRUST_PROXY=0 every supporter is counted as that proxy, and they all share one rate-limit bucket ' +
            '(a busy hour answers 429 to everyone).',
          fix,
        );
      }
      return warn(
        'TRUST_PROXY=0: X-Forwarded-For is ignored and rate limits count the connecting address. Right only when ' +
          'supporters connect to this server directly, which in production they do not (it has no TLS of its own).',
        fix,
      );
    }
    const everywhere = ['0.0.0.0', '::', ''].includes(config.host);
    if (everywhere) {
      return warn(
        `TRUST_PROXY=${config.trustProxy} while HOST=${config.host || '(empty)'} listens on every interface: a client ` +
          `reaching port ${config.port} directly, past your proxy, ` +
          'can write its own X-Forwarded-For and choose its rate-limit address.',
        `Set HOST=localhost (proxy on the same machine) or firewall port ${config.port} so that only your proxy reaches it.`,
      );
    }
    return ok(
      `TRUST_PROXY=${config.trustProxy}: the client address is the X-Forwarded-For entry ${config.trustProxy} from ` +
        `the right; right if you run exactly ${plural(config.trustProxy, 'proxy', 'proxies')} in front of the server.`,
    );
  },
};

export const abuseLimits: Check = {
  id: 'limits',
  title: 'Rate limits and mail caps',
  run({ config }) {
    const problems: Outcome[] = [];
    const factor = config.rateLimits === true ? 1 : config.rateLimits;
    if (factor === false) {
      problems.push(
        fail(
          'RATE_LIMITS=off: nothing limits signing, letters or MP look-ups per address or email.',
          'Remove RATE_LIMITS from the environment (or set RATE_LIMITS=on).',
        ),
      );
    } else if (factor > 10) {
      problems.push(
        warn(
          `RATE_LIMITS=${factor} multiplies every limit by ${factor}: close to no limit at all.`,
          'Remove RATE_LIMITS (the default limits) or set a factor of 10 or less.',
        ),
      );
    }
    if (config.unconfirmedMailsPerAddressPerDay === 0) {
      problems.push(
        fail(
          'UNCONFIRMED_MAILS_PER_ADDRESS=0: no mail goes to an address nobody has confirmed, so no confirmation ' +
            'link is ever sent and double opt-in signatures and letters can never be confirmed.',
          'Remove UNCONFIRMED_MAILS_PER_ADDRESS (default 5 a day) or set it to 1 or more.',
        ),
      );
    }
    if (config.mpHourlyCap === 0) {
      problems.push(
        warn(
          'MP_HOURLY_CAP=0: letters to one MP are not spread out, so a campaign push can land hundreds in one inbox ' +
            'at once (and get your sending domain blocked).',
          'Remove MP_HOURLY_CAP (default 30 letters per MP per hour) or set it to a small number.',
        ),
      );
    }
    if (problems.length > 0) {
      return {
        status: problems.some((problem) => problem.status === 'fail') ? 'fail' : 'warn',
        detail: problems.map((problem) => problem.detail).join(' '),
        fix: `${problems.map((problem) => problem.fix).join(' ')} Then restart the server.`,
      };
    }
    return ok(
      `Rate limits on${factor === 1 ? '' : ` (×${factor})`}; at most ${config.unconfirmedMailsPerAddressPerDay} mails a day ` +
        `to an unconfirmed address; at most ${config.mpHourlyCap} letters per MP per hour.`,
    );
  },
};
