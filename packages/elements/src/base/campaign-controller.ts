import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { campaignContext } from '../context/campaign-context.js';
import {
  type AddressAttributes,
  type CampaignAddress,
  resolveCampaignAddress,
  sameAddress,
} from '../store/campaign-address.js';
import { type CampaignStore, type CampaignStoreListener, campaignStoreFor } from '../store/campaign-store.js';

type Host = ReactiveControllerHost & HTMLElement & AddressAttributes;

/**
 * Finds an element's campaign store: the one a `<placard-campaign>` provides
 * when the addresses agree, otherwise the page's store for the element's own
 * address. Follows attribute changes and a provider that upgrades late.
 */
export class CampaignController implements ReactiveController {
  store: CampaignStore | undefined;
  address: CampaignAddress | undefined;

  readonly #host: Host;
  readonly #listener: CampaignStoreListener;
  #provided: CampaignStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(host: Host, listener: CampaignStoreListener) {
    this.#host = host;
    this.#listener = listener;
    // The consumer first: its request is answered before this controller connects.
    new ContextConsumer(host, {
      context: campaignContext,
      subscribe: true,
      callback: (store) => {
        this.#provided = store;
        this.#sync();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.store = undefined;
    this.address = undefined;
  }

  #sync(): void {
    if (!this.#connected) return;
    const provided = this.#provided;
    const address = resolveCampaignAddress(this.#host, provided?.address);
    if (this.store && sameAddress(address, this.address)) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.address = address;
    if (!address) {
      this.store = undefined;
    } else {
      this.store = provided && sameAddress(address, provided.address) ? provided : campaignStoreFor(address);
      this.#unsubscribe = this.store.subscribe(this.#listener);
    }
    this.#host.requestUpdate();
  }
}
