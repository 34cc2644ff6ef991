import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Speech } from '../base/widget-frame.js';
import type { Catalogue } from './catalogue.js';
import { cachedCatalogue, loadCatalogue, speaks } from './catalogue-loader.js';
import en from './en.js';
import { Format } from './format.js';
import { resolveLanguage } from './language-resolution.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its catalogue and formatters, and re-renders it when the
 * language changes (a `lang` attribute anywhere above it) or finishes loading.
 */
export class LocaleController implements ReactiveController {
  /**
   * The BCP 47 tag the widget's text is in: the tag asked for (e.g. `cy-GB`) when
   * its catalogue answers it, else the fallback catalogue's own (`en` for `ar`), so
   * a screen reader never reads English words with another language's voice.
   */
  lang = 'en';
  format: Format = new Format('en', en);
  /** Settles when the catalogue for the current language is in use. */
  ready: Promise<void> = Promise.resolve();

  readonly #host: Host;
  /** The tag resolved from the page, before any fallback. */
  #asked = 'en';
  #observer: MutationObserver | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get t(): Catalogue {
    return this.format.catalogue;
  }

  /** The language and direction the widget's frame is marked with. */
  get speech(): Speech {
    return { lang: this.lang, dir: this.t.dir };
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
    const cached = cachedCatalogue(lang);
    if (this.#asked === lang && this.format.catalogue === cached) return;
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
    this.#asked = lang;
    this.lang = speaks(catalogue, lang) ? lang : catalogue.locale;
    this.format = new Format(this.lang, catalogue);
    this.#host.requestUpdate();
  }
}
