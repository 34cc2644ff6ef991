/**
 * Values the build bakes into the loader (esbuild `define`): for each tag, the
 * chunk files to import, entry first, as paths relative to the loader's URL.
 */
declare const __PLACARD_CHUNKS__: Record<string, string[]>;
/** For each widget, its first view's chunk files (entry first), drawn before its element's chunks load. */
declare const __PLACARD_FIRST_VIEWS__: Record<string, string[]>;
/** The @placard/embed version. */
declare const __PLACARD_VERSION__: string;
/** The sheet that sizes Placard tags not yet defined (scripts/reserved-space-css.ts). */
declare const __PLACARD_RESERVED_CSS__: string;
