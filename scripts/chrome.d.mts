export declare class ChromeNotFoundError extends Error {
  constructor(tried: string[]);
}
export declare const SYSTEM_CANDIDATES: string[];
export declare function findChrome(options?: {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  unpackPackaged?: () => Promise<string>;
}): Promise<string>;
export declare function unpackPackagedChromium(options?: { cacheRoot?: string }): Promise<string>;
export declare const chromeArgs: string[];
