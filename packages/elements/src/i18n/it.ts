import type { Catalogue } from './catalogue.js';

/**
 * Italian (italiano), loaded on demand. The reader is addressed with “tu”, as on Italian petition and
 * charity sites; “parlamentare” (a word for either sex) stands for a British MP. The CLDR “many” form
 * (a round million and up) takes “di” before the noun: “1.000.000 di firme”.
 */
const it: Catalogue = {
  locale: 'it',
  dir: 'ltr',
  // Translated without a native speaker: to be checked by an Italian reviewer.
  review: { status: 'draft' },
  months: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  longDate: (day, monthName, year) => `${day} ${monthName} ${year}`,

  common: {
    loading: 'Caricamento…',
    retry: 'Riprova',
    loadFailed: 'Al momento non riusciamo a caricare questa campagna.',
    notFound: 'Non siamo riusciti a trovare questa campagna.',
    offline: 'Sembra che tu sia offline. Controlla la connessione e riprova.',
    missingCampaign: 'Questo widget non indica quale campagna mostrare.',
    errorSummaryTitle: 'C’è un problema',
    rateLimited: (minutes, f) =>
      `Ci sono stati troppi tentativi in poco tempo. Riprova tra ${f.plural(minutes, {
        one: `${f.number(minutes)} minuto`,
        many: `${f.number(minutes)} di minuti`,
        other: `${f.number(minutes)} minuti`,
      })}.`,
    serverError: 'Qualcosa è andato storto da parte nostra. Quello che hai scritto è ancora qui, quindi riprova.',
    notAllowed: 'Questo widget non è configurato per accettare risposte su questo sito.',
    originNotAllowed:
      'Questo sito non è ancora configurato per questa campagna, quindi non possiamo inviare la tua risposta da qui. Avvisa chi gestisce il sito.',
    closed: 'Questa campagna è chiusa. Grazie a tutte le persone che hanno partecipato.',
    offlineQueued: 'Sei offline: invieremo tutto quando tornerai online.',
    sendNow: 'Prova a inviare ora',
    requiredMark: '(obbligatorio)',
    optional: '(facoltativo)',
    opensInNewTab: '(si apre in una nuova scheda)',
    honeypotLabel: 'Lascia vuoto questo campo',
  },

  fields: {
    nameRequired: 'Inserisci il tuo nome.',
    emailRequired: 'Inserisci il tuo indirizzo email.',
    emailInvalid: 'Inserisci un indirizzo email come name@example.org.',
    emailNotAccepted:
      'Questo sito non può accettare indirizzi di servizi email usa e getta. Usa un indirizzo che utilizzi abitualmente.',
    postcodeRequired: 'Inserisci il tuo codice postale.',
    postcodeInvalid: 'Inserisci un codice postale del Regno Unito come SW1A 1AA.',
    countryInvalid: 'Scegli un paese dall’elenco.',
    addressRequired: 'Inserisci il tuo indirizzo.',
    subjectRequired: 'Inserisci un oggetto.',
    bodyRequired: 'Scrivi la tua lettera.',
    consentRequired: 'Per continuare, accetta l’informativa sulla privacy.',
    tooLong: (max, f) =>
      `Usa al massimo ${f.plural(max, {
        one: `${f.number(max)} carattere`,
        many: `${f.number(max)} di caratteri`,
        other: `${f.number(max)} caratteri`,
      })}.`,
    invalid: 'Controlla questo campo.',
  },

  consent: {
    privacy: 'Accetto l’informativa sulla privacy',
    privacyLink: 'Leggi l’informativa sulla privacy completa',
    updates: 'Voglio ricevere via email aggiornamenti su questa campagna',
  },

  timeline: {
    label: 'Cronologia della campagna',
    kinds: { milestone: 'Traguardo', news: 'Notizie', action: 'Azione' },
    readMore: 'Leggi di più',
    showMore: 'Mostra altri aggiornamenti',
    showMoreAgain: 'Riprova',
    loadingMore: 'Caricamento di altri aggiornamenti…',
    empty: 'Ancora nessun aggiornamento.',
    loadFailed: 'Non siamo riusciti a caricare gli aggiornamenti della campagna.',
    newBadge: 'Nuovo',
    added: (title) => `Nuovo aggiornamento: ${title}`,
    updated: (title) => `Aggiornamento modificato: ${title}`,
    deleted: 'Un aggiornamento è stato rimosso.',
  },

  petition: {
    unit: (count, f) => f.plural(count, { one: 'firma', many: 'di firme', other: 'firme' }),
    signatures: (count, f) => `${f.number(count)} ${it.petition.unit(count, f)}`,
    progressLabel: (count, target, f) => `${f.number(count)} su ${f.number(target)} ${it.petition.unit(target, f)}`,
    toGo: (remaining, target, f) =>
      f.plural(remaining, {
        one: `Ne manca ${f.number(remaining)} per arrivare a ${f.number(target)}`,
        many: `Ne mancano ${f.number(remaining)} per arrivare a ${f.number(target)}`,
        other: `Ne mancano ${f.number(remaining)} per arrivare a ${f.number(target)}`,
      }),
    goal: (goal, f) => `Obiettivo: ${f.number(goal)}`,
    goalReached: 'Obiettivo raggiunto: grazie!',
    milestonesHeading: 'Traguardi raggiunti',
    celebration: (count, f) => `Abbiamo raggiunto ${it.petition.signatures(count, f)}! Grazie.`,
    signHeading: 'Firma la petizione',
    closedBody: 'Questa petizione è chiusa. Grazie a tutte le persone che l’hanno firmata.',
  },

  signing: {
    name: 'Il tuo nome',
    email: 'Indirizzo email',
    postcode: 'Codice postale',
    country: 'Paese',
    countryNotGiven: 'Non indicato',
    submit: 'Firma la petizione',
    submitting: 'Firma in corso…',
    thanksHeading: 'Grazie per aver firmato!',
    thanksBody: (count, f) =>
      f.plural(count, {
        one: 'Sei la prima persona a firmare.',
        many: `Sei una delle ${f.number(count)} di persone che hanno firmato.`,
        other: `Sei una delle ${f.number(count)} persone che hanno firmato.`,
      }),
    alreadySignedHeading: 'Hai già firmato',
    alreadySignedBody: 'Grazie: la tua firma era già stata conteggiata.',
    checkEmailHeading: 'Controlla la tua email',
    checkEmailBody:
      'Ti abbiamo inviato un’email. Apri il link che contiene e premi il pulsante per confermare la tua firma: verrà conteggiata non appena lo farai.',
    areaCount: (count, area, f) =>
      f.plural(count, {
        one: `Ha firmato ${f.number(count)} persona del collegio di ${area}.`,
        many: `Hanno firmato ${f.number(count)} di persone del collegio di ${area}.`,
        other: `Hanno firmato ${f.number(count)} persone del collegio di ${area}.`,
      }),
  },

  share: {
    heading: 'Invita altre persone a partecipare',
    text: (title) => `Ho appena fatto la mia parte: ${title}. Ti unisci a me?`,
    copyLink: 'Copia il link',
    copied: 'Link copiato.',
    copyFallback: 'Copia questo link:',
    email: 'Condividi via email',
    whatsapp: 'Condividi su WhatsApp',
    x: 'Condividi su X',
    facebook: 'Condividi su Facebook',
  },

  letter: {
    postcodeHeading: 'Trova il tuo parlamentare',
    postcode: 'Il tuo codice postale',
    postcodeHint: 'Ci serve per trovare il tuo parlamentare (MP). Ad esempio: SW1A 1AA.',
    findMp: 'Trova il mio parlamentare',
    finding: 'Ricerca del tuo parlamentare…',
    step: (step, total, f) => `Passaggio ${f.number(step)} di ${f.number(total)}`,
  },

  letterSteps: {
    postcodeNotFound: 'Non siamo riusciti a trovare un parlamentare per quel codice postale. Controllalo e riprova.',
    lookupUnavailable: 'Al momento non possiamo cercare i parlamentari. Riprova tra qualche minuto.',
    mpIs: (name, party, constituency) => `Chi ti rappresenta in Parlamento: ${name} (${party}), ${constituency}`,
    changePostcode: 'Cambia codice postale',
    letterHeading: 'La tua lettera',
    subject: 'Oggetto',
    body: 'Testo della lettera',
    nudge:
      'I parlamentari prestano più attenzione alle lettere scritte dagli elettori con parole proprie. Aggiungi una o due frasi sul perché questo tema è importante per te.',
    continue: 'Continua',
    back: 'Indietro',
    testMode: (mpName) => `Modalità di prova: questa lettera sarà inviata a te, non a ${mpName}.`,
    detailsHeading: 'I tuoi dati',
    name: 'Il tuo nome',
    email: 'Indirizzo email',
    address: 'Il tuo indirizzo',
    addressHint:
      'I parlamentari rispondono solo a chi vive nel loro collegio elettorale, per questo chiedono il tuo indirizzo.',
    send: 'Invia la mia lettera',
    sending: 'Invio in corso…',
    sentHeading: 'Controlla la tua email per confermare',
    sentBody: (mpName) =>
      `Ti abbiamo inviato un link via email. La tua lettera arriverà a ${mpName} quando lo aprirai e premerai il pulsante.`,
    nextStepsHeading: 'Cosa succede adesso',
    nextSteps: [
      'Apri la nostra email, segui il link e premi il pulsante per confermare.',
      'Inviamo la tua lettera. La risposta del tuo parlamentare arriverà direttamente a te.',
      'Chiedi ai tuoi amici di scrivere anche loro al proprio parlamentare: ogni lettera conta.',
    ],
    mpEmailUnavailable: (mpName) =>
      `Non possiamo inviare un’email a ${mpName} per conto tuo: non pubblica un indirizzo email.`,
    contactPage: (mpName) => `Scrivi a ${mpName} tramite la sua pagina dei contatti`,
    mailtoFallback: 'Oppure invia la lettera dal tuo indirizzo email',
  },
};

export default it;
