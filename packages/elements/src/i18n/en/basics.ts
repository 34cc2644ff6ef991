import type { CatalogueBasics } from '../catalogue.js';

/** What formatting needs of English: its tag, direction, and how it writes a date in words. */
export const basics: CatalogueBasics = {
  locale: 'en',
  dir: 'ltr',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  longDate: (day, monthName, year) => `${day} ${monthName} ${year}`,
};
