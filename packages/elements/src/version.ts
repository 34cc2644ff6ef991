/** This package's version; the guarded define compares it to spot a second, different copy on one page. */
export const VERSION = '0.1.0';
