import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from './catalogue.js';
import { cachedCatalogue, loadCatalogue } from './catalogue-loader.js';
import en from './en.js';
import { Format } from './format.js';
import { resolveLanguage } from './language-resolution.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its catalogue and formatters, and re-renders it when the
 * language changes (a `lang` attribute anywhere above it) or finishes loading.
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 tag in use, as resolved (e.g. `cy-GB`). */
  lang = 'en';
  format: Format = new Format('en', en);
  /** Settles when the catalogue for the current language is in use. */
  ready: Promise<void> = Promise.resolve();

  readonly #host: Host;
  #observer: MutationObserver | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get t(): Catalogue {
    return this.format.catalogue;
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#resolve());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(this.#host, options);
    this.#observer.observe(this.#host.ownerDocument.documentElement, { ...options, subtree: true });
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #resolve(): void {
    const lang = resolveLanguage(this.#host);
    if (lang === this.lang && this.format.catalogue === cachedCatalogue(lang)) return;
    const cached = cachedCatalogue(lang);
    if (cached) {
      this.#use(lang, cached);
      this.ready = Promise.resolve();
      return;
    }
    this.ready = loadCatalogue(lang).then((catalogue) => {
      // A newer language may have been asked for while this one loaded.
      if (resolveLanguage(this.#host) === lang) this.#use(lang, catalogue);
    });
  }

  #use(lang: string, catalogue: Catalogue): void {
    this.lang = lang;
    this.format = new Format(lang, catalogue);
    this.#host.requestUpdate();
  }
}
