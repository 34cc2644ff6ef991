import type { SupporterTexts } from './supporter-texts.js';

/** Dutch (Nederlands): the supporter is addressed with “u”, as in the widgets. */
const nl: SupporterTexts = {
  language: 'nl',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: 'Hallo,',
    signatureThanks: {
      subject: (title) => `Bedankt voor het tekenen: ${title}`,
      counted: (title) => `Bedankt voor het tekenen van de petitie “${title}”. Uw handtekening is geteld.`,
      share: (url) => `Deel de petitie met vrienden: ${url}`,
      why: 'U ontvangt deze ene e-mail omdat dit adres is gebruikt om te tekenen. We schrijven u alleen opnieuw als u om updates hebt gevraagd.',
    },
    signatureConfirmation: {
      subject: (title) => `Bevestig uw handtekening: ${title}`,
      open: (title) =>
        `Bevestig uw handtekening onder “${title}”: open deze link en druk op de pagina op de knop om te bevestigen.`,
      countsOnPress: (days) => `Uw handtekening telt zodra u op de knop drukt. De link werkt ${days} dagen.`,
      ignore: 'Hebt u niet getekend? Negeer dan deze e-mail; er wordt niets geteld.',
    },
    alreadySigned: {
      subject: (title) => `U hebt al getekend: ${title}`,
      body: (title) =>
        `Dit adres is opnieuw gebruikt om “${title}” te tekenen. Er was al eerder mee getekend en die handtekening is geteld: u hoeft niets meer te doen.`,
      ignore: 'Was u dit niet? Negeer dan deze e-mail: er is niets veranderd.',
    },
    letterConfirmation: {
      subject: (mpName) => `Bevestig uw brief aan ${mpName}`,
      open: (mpName, constituency, title) =>
        `Bevestig uw e-mailadres, zodat we uw brief kunnen sturen naar ${mpName}, parlementslid voor ${constituency}, voor de campagne “${title}”. Open deze link en druk op de knop op de pagina om te bevestigen:`,
      testMode:
        'Deze brief is geschreven op een site in testmodus: zodra u bevestigt, wordt hij naar u teruggestuurd, niet naar het parlementslid.',
      noCopy:
        'Deze e-mail herhaalt uw brief niet, zodat niemand onze bevestigingsmails kan gebruiken om eigen teksten naar iemand anders te sturen. Uw brief gaat precies zoals u hem schreef naar uw parlementslid.',
      ignore: (days) =>
        `Hebt u geen brief geschreven? Negeer dan deze e-mail; er wordt niets verstuurd. De link werkt ${days} dagen.`,
    },
  },

  pages: {
    confirmSignatureTitle: 'Bevestig uw handtekening',
    signing: (title) => `U tekent de petitie “${title}”.`,
    countedOnPress: 'Uw handtekening wordt geteld zodra u op de knop drukt.',
    confirmSignatureButton: 'Bevestig mijn handtekening',
    confirmLetterTitle: 'Bevestig uw brief',
    sendingTo: (recipient, title) => `U stuurt uw brief naar ${recipient}, voor de campagne “${title}”.`,
    mpFor: (mpName, constituency) => `${mpName}, parlementslid voor ${constituency}`,
    yourMp: 'uw parlementslid',
    testMode:
      'Deze brief is geschreven op een site in testmodus: hij wordt naar u teruggestuurd, niet naar het parlementslid.',
    nothingSentUntilPress: 'Er wordt niets verstuurd totdat u op de knop drukt.',
    sendLetterButton: (mpName) => `Verstuur mijn brief aan ${mpName}`,
    confirmLetterButton: 'Bevestig mijn brief',
    linkWorksUntil: (date) => `Deze link werkt tot ${date}.`,
    alreadyConfirmedTitle: 'Al bevestigd',
    alreadyConfirmed: 'U hebt dit al bevestigd. Bedankt!',
    expiredTitle: 'Link verlopen',
    expired: (title) => `Deze bevestigingslink voor “${title}” is verlopen, dus er is niets geteld of verstuurd.`,
    signAgain: 'Wilt u nog steeds tekenen? Teken de petitie dan opnieuw.',
    writeAgain: 'Wilt u uw brief nog steeds sturen? Schrijf hem dan opnieuw.',
    confirmedTitle: 'Bevestigd',
    counted: 'Bedankt: uw handtekening is bevestigd en geteld.',
    queued: 'Bedankt: uw brief is bevestigd en onderweg.',
    notConfirmedTitle: 'Niet bevestigd',
    invalidLink: 'Deze bevestigingslink is niet geldig.',
    expiredLink: 'Deze bevestigingslink is verlopen. Teken of schrijf opnieuw.',
  },
};

export default nl;
