import type { SupporterTexts } from './supporter-texts.js';

/**
 * Polish (polski): the supporter is addressed with “Ty”, capitalised as in letters; second-person past tenses
 * (which mark the reader’s sex) are avoided, and undeclinable names follow a colon.
 */
const pl: SupporterTexts = {
  language: 'pl',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: 'Dzień dobry,',
    signatureThanks: {
      subject: (title) => `Dziękujemy za podpis: ${title}`,
      counted: (title) => `Dziękujemy za podpisanie petycji „${title}”. Twój podpis został policzony.`,
      share: (url) => `Podziel się nią ze znajomymi: ${url}`,
      why: 'Otrzymujesz tylko tę jedną wiadomość, ponieważ ten adres został użyty do podpisania petycji. Ponownie napiszemy tylko wtedy, jeśli zaznaczono chęć otrzymywania aktualności.',
    },
    signatureConfirmation: {
      subject: (title) => `Potwierdź swój podpis: ${title}`,
      open: (title) =>
        `Potwierdź swój podpis pod petycją „${title}”: otwórz ten link i naciśnij na stronie przycisk potwierdzenia.`,
      countsOnPress: (days) =>
        `Twój podpis zostanie policzony po naciśnięciu przycisku. Link jest ważny przez ${days} dni.`,
      ignore: 'Jeśli ten podpis nie pochodzi od Ciebie, zignoruj tę wiadomość — nic nie zostanie policzone.',
    },
    alreadySigned: {
      subject: (title) => `Ta petycja ma już Twój podpis: ${title}`,
      body: (title) =>
        `Ten adres został ponownie użyty do podpisania petycji „${title}”. Podpis z tego adresu został już wcześniej złożony i jest policzony: nie trzeba nic więcej robić.`,
      ignore: 'Jeśli to nie Ty, zignoruj tę wiadomość: nic się nie zmieniło.',
    },
    letterConfirmation: {
      subject: (mpName) => `Potwierdź swój list (adresat: ${mpName})`,
      open: (mpName, constituency, title) =>
        `Potwierdź swój adres e-mail, abyśmy mogli wysłać Twój list w ramach kampanii „${title}”. Adresat: ${mpName}, poseł z okręgu ${constituency}. Otwórz ten link i naciśnij przycisk na stronie, aby potwierdzić:`,
      testMode:
        'Ten list został napisany w witrynie działającej w trybie testowym: po potwierdzeniu wróci do Ciebie, a nie trafi do posła.',
      noCopy:
        'Ta wiadomość nie powtarza treści Twojego listu, aby nikt nie mógł wykorzystać naszych e-maili z potwierdzeniem do wysyłania własnych słów komuś innemu. Twój list trafi do posła dokładnie w takim brzmieniu, w jakim powstał.',
      ignore: (days) =>
        `Jeśli ten list nie pochodzi od Ciebie, zignoruj tę wiadomość — nic nie zostanie wysłane. Link jest ważny przez ${days} dni.`,
    },
  },

  pages: {
    confirmSignatureTitle: 'Potwierdź swój podpis',
    signing: (title) => `Podpisujesz petycję „${title}”.`,
    countedOnPress: 'Twój podpis zostanie policzony po naciśnięciu przycisku.',
    confirmSignatureButton: 'Potwierdź mój podpis',
    confirmLetterTitle: 'Potwierdź swój list',
    // The recipient (a name, or “Twój poseł”) follows a colon, in the nominative.
    sendingTo: (recipient, title) => `Wysyłasz swój list w ramach kampanii „${title}”. Adresat: ${recipient}.`,
    mpFor: (mpName, constituency) => `${mpName}, poseł z okręgu ${constituency}`,
    yourMp: 'Twój poseł',
    testMode:
      'Ten list został napisany w witrynie działającej w trybie testowym: wróci do Ciebie, a nie trafi do posła.',
    nothingSentUntilPress: 'Nic nie zostanie wysłane, dopóki nie naciśniesz przycisku.',
    sendLetterButton: (mpName) => `Wyślij mój list (adresat: ${mpName})`,
    confirmLetterButton: 'Potwierdź mój list',
    linkWorksUntil: (date) => `Ten link jest ważny do ${date}.`,
    alreadyConfirmedTitle: 'Już potwierdzono',
    alreadyConfirmed: 'To zostało już potwierdzone. Dziękujemy!',
    expiredTitle: 'Link wygasł',
    expired: (title) => `Ten link potwierdzający dla „${title}” wygasł, więc nic nie zostało policzone ani wysłane.`,
    signAgain: 'Jeśli nadal chcesz, podpisz petycję ponownie.',
    writeAgain: 'Jeśli nadal chcesz, napisz swój list ponownie.',
    confirmedTitle: 'Potwierdzono',
    counted: 'Dziękujemy: Twój podpis został potwierdzony i policzony.',
    queued: 'Dziękujemy: Twój list został potwierdzony i jest już w drodze.',
    notConfirmedTitle: 'Nie potwierdzono',
    invalidLink: 'Ten link potwierdzający jest nieprawidłowy.',
    expiredLink: 'Ten link potwierdzający wygasł. Podpisz petycję lub napisz list ponownie.',
  },
};

export default pl;
