import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverRoot } from '../paths.js';

/** One row of the bundled `data/uk-mps-2024.csv`: a 2024 constituency and its sitting MP. */
export interface BundledMp {
  constituencyCode: string;
  constituencyName: string;
  memberId: number;
  name: string;
  party: string;
}

/** The bundled MP list, indexed the two ways the providers need it. */
export interface MpList {
  readonly size: number;
  byConstituencyCode(code: string): BundledMp | undefined;
  byConstituencyName(name: string): BundledMp | undefined;
}

const REQUIRED_COLUMNS = ['pcon24cd', 'constituency', 'member_id', 'mp_name', 'party'] as const;

/**
 * Splits RFC 4180 CSV text into rows of fields: quoted fields may hold commas
 * ("Harborough, Oadby and Wigston") and doubled quotes; lines end in CRLF or LF.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Constituency names from two sources differ in case and "&"/"and"; compare them loosely. */
export function constituencyKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function parseMpList(text: string): MpList {
  const [header, ...rows] = parseCsv(text).filter((row) => row.some((field) => field.trim() !== ''));
  if (!header) throw new Error('The bundled MP list is empty.');
  const index = Object.fromEntries(REQUIRED_COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<
    (typeof REQUIRED_COLUMNS)[number],
    number
  >;
  const missing = REQUIRED_COLUMNS.filter((column) => index[column] < 0);
  if (missing.length > 0) throw new Error(`The bundled MP list lacks the column(s) ${missing.join(', ')}.`);

  const byCode = new Map<string, BundledMp>();
  const byName = new Map<string, BundledMp>();
  for (const row of rows) {
    const memberId = Number(row[index.member_id]);
    const mp: BundledMp = {
      constituencyCode: row[index.pcon24cd] ?? '',
      constituencyName: row[index.constituency] ?? '',
      memberId,
      name: row[index.mp_name] ?? '',
      party: row[index.party] ?? '',
    };
    // A vacant seat has no member id: it has no MP to write to.
    if (!mp.constituencyCode || !Number.isInteger(memberId) || memberId <= 0) continue;
    byCode.set(mp.constituencyCode, mp);
    byName.set(constituencyKey(mp.constituencyName), mp);
  }
  return {
    size: byCode.size,
    byConstituencyCode: (code) => byCode.get(code),
    byConstituencyName: (name) => byName.get(constituencyKey(name)),
  };
}

let bundled: MpList | undefined;

/** The bundled MP list, read and parsed once per process. */
export function loadBundledMpList(): MpList {
  bundled ??= parseMpList(readFileSync(join(serverRoot, 'data', 'uk-mps-2024.csv'), 'utf8'));
  return bundled;
}
