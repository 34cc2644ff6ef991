import { type HttpHandler, http } from 'msw';

/**
 * Holds one of the widgets' lazily loaded modules (the signing form, the MP
 * form's letter steps) on its way to the page, as a slow network would, so a
 * story shows what a visitor sees before that code arrives. For the story's
 * `mock.overrides`. Only on a fresh load of the story: once the browser has
 * the module, it is not asked for again (reload the story to see it anew).
 */
export function holdCode(module: string): () => HttpHandler[] {
  const file = new RegExp(`/${module}[^/]*\\.(?:js|ts)(?:\\?.*)?$`);
  return () => [http.get(file, () => new Promise<never>(() => {}))];
}
