export declare class ChromeNotFoundError extends Error {
  constructor(tried: string[]);
}
export declare function findChrome(
  env?: Record<string, string | undefined>,
  exists?: (path: string) => boolean,
): string;
export declare const chromeArgs: string[];
