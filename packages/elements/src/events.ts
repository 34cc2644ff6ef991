import type { MessageStatus, SignatureStatus } from '@placard/contract';
import type { PlacardErrorCode } from '@placard/sdk';

/** Fired when a signature was accepted. No personal data: hosts hook analytics to it. */
export interface PlacardSignedDetail {
  campaign: string;
  status: SignatureStatus;
  /** The petition's count after signing. */
  count: number;
}

/** Fired when a letter was accepted (it goes out once the supporter confirms their email). */
export interface PlacardMessageSentDetail {
  campaign: string;
  status: MessageStatus;
  testMode: boolean;
  constituency: string;
}

/** Fired when a widget shows an error to the supporter. */
export interface PlacardErrorDetail {
  campaign: string;
  code: PlacardErrorCode | 'missing_campaign';
  status?: number;
}

export interface PlacardEventDetails {
  'placard-signed': PlacardSignedDetail;
  'placard-message-sent': PlacardMessageSentDetail;
  'placard-error': PlacardErrorDetail;
}

declare global {
  interface HTMLElementEventMap {
    'placard-signed': CustomEvent<PlacardSignedDetail>;
    'placard-message-sent': CustomEvent<PlacardMessageSentDetail>;
    'placard-error': CustomEvent<PlacardErrorDetail>;
  }
}

/** Dispatches a Placard event that bubbles out of shadow roots to the host page. */
export function emit<K extends keyof PlacardEventDetails>(
  target: EventTarget,
  name: K,
  detail: PlacardEventDetails[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
