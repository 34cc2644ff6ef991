import type { Language } from '@placard/contract';

/**
 * Every word the server writes to a supporter: the mails sent after signing or
 * writing, and the page behind a confirmation link. One file per language
 * implements this interface, so a missing line fails the type-check. Values
 * passed in (campaign titles, MP names) are plain text; the pages escape them.
 */
export interface SupporterTexts {
  language: Language;
  dir: 'ltr' | 'rtl';
  /** As in the widgets' catalogues: `draft` until a native speaker has checked it (docs/translating.md). */
  review: { status: 'source' | 'reviewed' | 'draft'; reviewer?: string };

  mail: {
    hello: string;
    /** Immediate signing: the one mail after a signature is counted. */
    signatureThanks: {
      subject(title: string): string;
      counted(title: string): string;
      share(url: string): string;
      why: string;
    };
    /** Double opt-in: the link that counts the signature. */
    signatureConfirmation: {
      subject(title: string): string;
      open(title: string): string;
      countsOnPress(days: number): string;
      ignore: string;
    };
    /** Someone signed again with an address already counted; only the mailbox's owner hears so. */
    alreadySigned: {
      subject(title: string): string;
      body(title: string): string;
      ignore: string;
    };
    /** The link that sends a letter; it never repeats the letter (see messages/letters.ts). */
    letterConfirmation: {
      subject(mpName: string): string;
      open(mpName: string, constituency: string, title: string): string;
      testMode: string;
      noCopy: string;
      ignore(days: number): string;
    };
  };

  /** The page behind the emailed link, and the page after pressing its button. */
  pages: {
    confirmSignatureTitle: string;
    signing(title: string): string;
    countedOnPress: string;
    confirmSignatureButton: string;
    confirmLetterTitle: string;
    sendingTo(recipient: string, title: string): string;
    mpFor(mpName: string, constituency: string): string;
    yourMp: string;
    testMode: string;
    nothingSentUntilPress: string;
    sendLetterButton(mpName: string): string;
    confirmLetterButton: string;
    /** `date` is already written out in this language. */
    linkWorksUntil(date: string): string;
    alreadyConfirmedTitle: string;
    alreadyConfirmed: string;
    expiredTitle: string;
    expired(title: string): string;
    signAgain: string;
    writeAgain: string;
    confirmedTitle: string;
    counted: string;
    queued: string;
    notConfirmedTitle: string;
    invalidLink: string;
    expiredLink: string;
  };
}
