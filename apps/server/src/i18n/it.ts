import type { SupporterTexts } from './supporter-texts.js';

/** Italian (italiano): the supporter is addressed with “tu”, as in the widgets. */
const it: SupporterTexts = {
  language: 'it',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: 'Ciao,',
    signatureThanks: {
      subject: (title) => `Grazie per aver firmato: ${title}`,
      counted: (title) => `Grazie per aver firmato la petizione “${title}”. La tua firma è stata conteggiata.`,
      share: (url) => `Condividila con i tuoi amici: ${url}`,
      why: 'Ricevi questa sola email perché questo indirizzo è stato usato per firmare. Ti scriveremo di nuovo solo se hai chiesto di ricevere aggiornamenti.',
    },
    signatureConfirmation: {
      subject: (title) => `Conferma la tua firma: ${title}`,
      open: (title) =>
        `Conferma la tua firma per “${title}”: apri questo link e premi il pulsante di conferma nella pagina.`,
      countsOnPress: (days) =>
        `La tua firma sarà conteggiata quando premerai il pulsante. Il link è valido per ${days} giorni.`,
      ignore: 'Se non hai firmato, ignora questa email: non verrà conteggiato nulla.',
    },
    alreadySigned: {
      subject: (title) => `Hai già firmato: ${title}`,
      body: (title) =>
        `Questo indirizzo è stato usato di nuovo per firmare “${title}”. Era già stato usato per firmare e quella firma è conteggiata: non c’è nient’altro da fare.`,
      ignore: 'Se non riconosci questa azione, ignora questa email: non è cambiato nulla.',
    },
    letterConfirmation: {
      subject: (mpName) => `Conferma la tua lettera a ${mpName}`,
      open: (mpName, constituency, title) =>
        `Conferma il tuo indirizzo email, così potremo inviare la tua lettera a ${mpName}, parlamentare per il collegio di ${constituency}, per la campagna “${title}”. Apri questo link e premi il pulsante nella pagina per confermare:`,
      testMode:
        'Questa lettera è stata scritta su un sito in modalità di prova: dopo la conferma, verrà rimandata a te e non al parlamentare.',
      noCopy:
        'Questa email non riporta la tua lettera, così nessuno può usare le nostre email di conferma per far arrivare le proprie parole a qualcun altro. La tua lettera arriverà al tuo parlamentare esattamente come l’hai scritta.',
      ignore: (days) =>
        `Se non hai scritto una lettera, ignora questa email: non verrà inviato nulla. Il link è valido per ${days} giorni.`,
    },
  },

  pages: {
    confirmSignatureTitle: 'Conferma la tua firma',
    signing: (title) => `Stai firmando la petizione “${title}”.`,
    countedOnPress: 'La tua firma sarà conteggiata quando premerai il pulsante.',
    confirmSignatureButton: 'Conferma la mia firma',
    confirmLetterTitle: 'Conferma la tua lettera',
    // The recipient comes after a colon so that “il tuo parlamentare” needs no article merged into “a”.
    sendingTo: (recipient, title) =>
      `Stai inviando la tua lettera per la campagna “${title}”. Destinatario: ${recipient}.`,
    mpFor: (mpName, constituency) => `${mpName}, parlamentare per il collegio di ${constituency}`,
    yourMp: 'il tuo parlamentare',
    testMode:
      'Questa lettera è stata scritta su un sito in modalità di prova: verrà rimandata a te e non al parlamentare.',
    nothingSentUntilPress: 'Non verrà inviato nulla finché non premi il pulsante.',
    sendLetterButton: (mpName) => `Invia la mia lettera a ${mpName}`,
    confirmLetterButton: 'Conferma la mia lettera',
    // “fino al giorno” avoids choosing between “al” and “all’” (8 and 11 take “all’”).
    linkWorksUntil: (date) => `Questo link è valido fino al giorno ${date}.`,
    alreadyConfirmedTitle: 'Già confermato',
    alreadyConfirmed: 'Hai già confermato. Grazie!',
    expiredTitle: 'Link scaduto',
    expired: (title) =>
      `Questo link di conferma per “${title}” è scaduto, quindi non è stato conteggiato né inviato nulla.`,
    signAgain: 'Se vuoi ancora farlo, firma di nuovo la petizione.',
    writeAgain: 'Se vuoi ancora farlo, scrivi di nuovo la tua lettera.',
    confirmedTitle: 'Confermato',
    counted: 'Grazie: la tua firma è confermata e conteggiata.',
    queued: 'Grazie: la tua lettera è confermata ed è in viaggio.',
    notConfirmedTitle: 'Non confermato',
    invalidLink: 'Questo link di conferma non è valido.',
    expiredLink: 'Questo link di conferma è scaduto. Firma o scrivi di nuovo.',
  },
};

export default it;
