import type { SupporterTexts } from './supporter-texts.js';

/**
 * German (Deutsch): the reader is “Sie”. “MP for …” is “Mitglied des Unterhauses für den
 * Wahlkreis …”, which needs no gendered ending; `yourMp` is accusative, as `sendingTo` puts it after “an”.
 */
const de: SupporterTexts = {
  language: 'de',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: 'Guten Tag,',
    signatureThanks: {
      subject: (title) => `Danke für Ihre Unterschrift: ${title}`,
      counted: (title) =>
        `Vielen Dank, dass Sie die Petition „${title}“ unterschrieben haben. Ihre Unterschrift wurde gezählt.`,
      share: (url) => `Bitte teilen Sie sie mit Freundinnen und Freunden: ${url}`,
      why: 'Sie erhalten diese eine E-Mail, weil mit dieser Adresse unterschrieben wurde. Wir schreiben Ihnen nur dann wieder, wenn Sie um Neuigkeiten gebeten haben.',
    },
    signatureConfirmation: {
      subject: (title) => `Bitte bestätigen Sie Ihre Unterschrift: ${title}`,
      open: (title) =>
        `Bitte bestätigen Sie Ihre Unterschrift für „${title}“: Öffnen Sie diesen Link und klicken Sie auf der Seite auf die Schaltfläche zum Bestätigen.`,
      countsOnPress: (days) =>
        `Ihre Unterschrift zählt, sobald Sie auf die Schaltfläche klicken. Der Link ist ${days} Tage gültig.`,
      ignore: 'Falls Sie nicht unterschrieben haben, ignorieren Sie diese E-Mail; dann wird nichts gezählt.',
    },
    alreadySigned: {
      subject: (title) => `Sie haben bereits unterschrieben: ${title}`,
      body: (title) =>
        `Mit dieser Adresse wurde erneut für „${title}“ unterschrieben. Mit ihr war bereits unterschrieben worden, und diese Unterschrift ist gezählt: Sie müssen nichts weiter tun.`,
      ignore: 'Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Es hat sich nichts geändert.',
    },
    letterConfirmation: {
      subject: (mpName) => `Bestätigen Sie Ihren Brief an ${mpName}`,
      open: (mpName, constituency, title) =>
        `Bitte bestätigen Sie Ihre E-Mail-Adresse, damit wir Ihren Brief für die Kampagne „${title}“ an ${mpName}, Mitglied des Unterhauses für den Wahlkreis ${constituency}, senden können. Öffnen Sie diesen Link und klicken Sie zur Bestätigung auf die Schaltfläche auf der Seite:`,
      testMode:
        'Dieser Brief wurde auf einer Website im Testmodus geschrieben: Nach Ihrer Bestätigung wird er an Sie zurückgeschickt, nicht an die Abgeordnete bzw. den Abgeordneten.',
      noCopy:
        'Diese E-Mail wiederholt Ihren Brief nicht, damit niemand unsere Bestätigungs-E-Mails nutzen kann, um eigene Worte an andere zu schicken. Ihr Brief geht genau so, wie Sie ihn geschrieben haben, an Ihre Abgeordnete bzw. Ihren Abgeordneten.',
      ignore: (days) =>
        `Falls Sie keinen Brief geschrieben haben, ignorieren Sie diese E-Mail; dann wird nichts gesendet. Der Link ist ${days} Tage gültig.`,
    },
  },

  pages: {
    confirmSignatureTitle: 'Bestätigen Sie Ihre Unterschrift',
    signing: (title) => `Sie unterschreiben die Petition „${title}“.`,
    countedOnPress: 'Ihre Unterschrift wird gezählt, sobald Sie auf die Schaltfläche klicken.',
    confirmSignatureButton: 'Meine Unterschrift bestätigen',
    confirmLetterTitle: 'Bestätigen Sie Ihren Brief',
    sendingTo: (recipient, title) => `Sie senden Ihren Brief für die Kampagne „${title}“ an ${recipient}.`,
    mpFor: (mpName, constituency) => `${mpName}, Mitglied des Unterhauses für den Wahlkreis ${constituency}`,
    yourMp: 'Ihre Abgeordnete bzw. Ihren Abgeordneten',
    testMode:
      'Dieser Brief wurde auf einer Website im Testmodus geschrieben: Er wird an Sie zurückgeschickt, nicht an die Abgeordnete bzw. den Abgeordneten.',
    nothingSentUntilPress: 'Es wird nichts gesendet, bevor Sie auf die Schaltfläche klicken.',
    sendLetterButton: (mpName) => `Meinen Brief an ${mpName} senden`,
    confirmLetterButton: 'Meinen Brief bestätigen',
    linkWorksUntil: (date) => `Dieser Link ist bis zum ${date} gültig.`,
    alreadyConfirmedTitle: 'Bereits bestätigt',
    alreadyConfirmed: 'Sie haben dies bereits bestätigt. Vielen Dank!',
    expiredTitle: 'Link abgelaufen',
    expired: (title) =>
      `Dieser Bestätigungslink für „${title}“ ist abgelaufen, daher wurde nichts gezählt oder gesendet.`,
    signAgain: 'Falls Sie das noch möchten, unterschreiben Sie die Petition bitte erneut.',
    writeAgain: 'Falls Sie das noch möchten, schreiben Sie Ihren Brief bitte erneut.',
    confirmedTitle: 'Bestätigt',
    counted: 'Vielen Dank: Ihre Unterschrift ist bestätigt und gezählt.',
    queued: 'Vielen Dank: Ihr Brief ist bestätigt und unterwegs.',
    notConfirmedTitle: 'Nicht bestätigt',
    invalidLink: 'Dieser Bestätigungslink ist ungültig.',
    expiredLink: 'Dieser Bestätigungslink ist abgelaufen. Bitte unterschreiben oder schreiben Sie erneut.',
  },
};

export default de;
