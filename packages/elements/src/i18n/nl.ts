import type { Catalogue } from './catalogue.js';

/** Dutch (Nederlands), loaded on demand. The reader is addressed with “u”; a British MP is a “parlementslid”. */
const nl: Catalogue = {
  locale: 'nl',
  dir: 'ltr',
  // Translated without a native speaker: to be checked by a Dutch reviewer.
  review: { status: 'draft' },
  months: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  longDate: (day, monthName, year) => `${day} ${monthName} ${year}`,

  common: {
    loading: 'Laden…',
    retry: 'Opnieuw proberen',
    loadFailed: 'We konden deze campagne nu niet laden.',
    notFound: 'We konden deze campagne niet vinden.',
    offline: 'U lijkt offline te zijn. Controleer uw verbinding en probeer het opnieuw.',
    missingCampaign: 'Deze widget geeft niet aan welke campagne moet worden getoond.',
    errorSummaryTitle: 'Er is een probleem',
    rateLimited: (minutes, f) =>
      `Er zijn zojuist te veel pogingen gedaan. Probeer het over ${f.plural(minutes, {
        one: `${f.number(minutes)} minuut`,
        other: `${f.number(minutes)} minuten`,
      })} opnieuw.`,
    serverError: 'Er ging bij ons iets mis. Wat u hebt ingevuld staat er nog, dus probeer het opnieuw.',
    notAllowed: 'Deze widget is niet ingesteld om reacties op deze website te ontvangen.',
    originNotAllowed:
      'Deze website is nog niet ingesteld voor deze campagne, dus we kunnen uw reactie niet vanaf hier versturen. Laat het de eigenaar van de website weten.',
    closed: 'Deze campagne is gesloten. Dank aan iedereen die heeft meegedaan.',
    offlineQueued: 'U bent offline — we versturen het zodra u weer online bent.',
    sendNow: 'Nu proberen te versturen',
    requiredMark: '(verplicht)',
    optional: '(optioneel)',
    opensInNewTab: '(opent in een nieuw tabblad)',
    honeypotLabel: 'Laat dit veld leeg',
  },

  fields: {
    nameRequired: 'Vul uw naam in.',
    emailRequired: 'Vul uw e-mailadres in.',
    emailInvalid: 'Vul een e-mailadres in zoals name@example.org.',
    emailNotAccepted:
      'Deze site kan geen adressen van wegwerp-e-maildiensten accepteren. Gebruik een adres dat u blijft gebruiken.',
    postcodeRequired: 'Vul uw postcode in.',
    postcodeInvalid: 'Vul een Britse postcode in, zoals SW1A 1AA.',
    countryInvalid: 'Kies een land uit de lijst.',
    addressRequired: 'Vul uw adres in.',
    subjectRequired: 'Vul een onderwerp in.',
    bodyRequired: 'Schrijf uw brief.',
    consentRequired: 'Ga akkoord met de privacyverklaring om verder te gaan.',
    tooLong: (max, f) =>
      `Gebruik maximaal ${f.plural(max, {
        one: `${f.number(max)} teken`,
        other: `${f.number(max)} tekens`,
      })}.`,
    invalid: 'Controleer dit veld.',
  },

  consent: {
    privacy: 'Ik ga akkoord met de privacyverklaring',
    privacyLink: 'Lees de volledige privacyverklaring',
    updates: 'Stuur mij per e-mail nieuws over deze campagne',
  },

  timeline: {
    label: 'Tijdlijn van de campagne',
    kinds: { milestone: 'Mijlpaal', news: 'Nieuws', action: 'Actie' },
    readMore: 'Lees meer',
    showMore: 'Meer updates tonen',
    showMoreAgain: 'Opnieuw proberen',
    loadingMore: 'Meer updates laden…',
    empty: 'Nog geen updates.',
    loadFailed: 'We konden de updates van de campagne niet laden.',
    newBadge: 'Nieuw',
    added: (title) => `Nieuwe update: ${title}`,
    updated: (title) => `Update gewijzigd: ${title}`,
    deleted: 'Er is een update verwijderd.',
  },

  petition: {
    unit: (count, f) => f.plural(count, { one: 'handtekening', other: 'handtekeningen' }),
    signatures: (count, f) => `${f.number(count)} ${nl.petition.unit(count, f)}`,
    progressLabel: (count, target, f) => `${f.number(count)} van ${f.number(target)} ${nl.petition.unit(target, f)}`,
    toGo: (remaining, target, f) => `Nog ${f.number(remaining)} te gaan tot ${f.number(target)}`,
    goal: (goal, f) => `Doel: ${f.number(goal)}`,
    goalReached: 'Doel bereikt — bedankt!',
    milestonesHeading: 'Behaalde mijlpalen',
    celebration: (count, f) => `We hebben ${nl.petition.signatures(count, f)} bereikt! Bedankt.`,
    signHeading: 'Teken de petitie',
    closedBody: 'Deze petitie is gesloten. Dank aan iedereen die heeft getekend.',
  },

  signing: {
    name: 'Uw naam',
    email: 'E-mailadres',
    postcode: 'Postcode',
    country: 'Land',
    countryNotGiven: 'Niet opgegeven',
    submit: 'Teken de petitie',
    submitting: 'Bezig met tekenen…',
    thanksHeading: 'Bedankt voor het tekenen!',
    thanksBody: (count, f) =>
      f.plural(count, {
        one: 'U bent de eerste die tekent.',
        other: `U bent een van de ${f.number(count)} mensen die hebben getekend.`,
      }),
    alreadySignedHeading: 'U hebt al getekend',
    alreadySignedBody: 'Bedankt — uw handtekening was al geteld.',
    checkEmailHeading: 'Controleer uw e-mail',
    checkEmailBody:
      'We hebben u een e-mail gestuurd. Open de link daarin en druk op de knop om uw handtekening te bevestigen: zodra u dat doet, telt die mee.',
    areaCount: (count, area, f) =>
      f.plural(count, {
        one: `${f.number(count)} persoon in ${area} heeft getekend.`,
        other: `${f.number(count)} mensen in ${area} hebben getekend.`,
      }),
  },

  share: {
    heading: 'Vraag anderen om mee te doen',
    // Written by the supporter to friends, so “je” rather than “u”.
    text: (title) => `Ik heb net actie ondernomen: ${title}. Doe je ook mee?`,
    copyLink: 'Link kopiëren',
    copied: 'Link gekopieerd.',
    copyFallback: 'Kopieer deze link:',
    email: 'Delen via e-mail',
    whatsapp: 'Delen via WhatsApp',
    x: 'Delen op X',
    facebook: 'Delen op Facebook',
  },

  letter: {
    postcodeHeading: 'Vind uw parlementslid',
    postcode: 'Uw postcode',
    postcodeHint: 'Hiermee vinden we uw parlementslid (MP). Bijvoorbeeld: SW1A 1AA.',
    findMp: 'Vind mijn parlementslid',
    finding: 'Uw parlementslid zoeken…',
    step: (step, total, f) => `Stap ${f.number(step)} van ${f.number(total)}`,
  },

  letterSteps: {
    postcodeNotFound:
      'We konden geen parlementslid vinden voor die postcode. Controleer de postcode en probeer het opnieuw.',
    lookupUnavailable: 'We kunnen nu geen parlementsleden opzoeken. Probeer het over een paar minuten opnieuw.',
    mpIs: (name, party, constituency) => `Uw parlementslid is ${name} (${party}), ${constituency}`,
    changePostcode: 'Postcode wijzigen',
    letterHeading: 'Uw brief',
    subject: 'Onderwerp',
    body: 'Brief',
    nudge:
      'Parlementsleden letten het meest op brieven die kiezers in hun eigen woorden schrijven. Voeg een zin of twee toe over waarom dit voor u belangrijk is.',
    continue: 'Doorgaan',
    back: 'Terug',
    testMode: (mpName) => `Testmodus: deze brief wordt naar u gestuurd, niet naar ${mpName}.`,
    detailsHeading: 'Uw gegevens',
    name: 'Uw naam',
    email: 'E-mailadres',
    address: 'Uw adres',
    addressHint:
      'Parlementsleden antwoorden alleen mensen die in hun kiesdistrict wonen, daarom vragen ze om uw adres.',
    send: 'Verstuur mijn brief',
    sending: 'Bezig met versturen…',
    sentHeading: 'Controleer uw e-mail om te bevestigen',
    sentBody: (mpName) =>
      `We hebben u een link gemaild. Uw brief gaat naar ${mpName} zodra u die opent en op de knop drukt.`,
    nextStepsHeading: 'Wat gebeurt er nu',
    nextSteps: [
      'Open onze e-mail, volg de link en druk op de knop om te bevestigen.',
      'Wij versturen uw brief. Het antwoord van uw parlementslid komt rechtstreeks naar u.',
      'Vraag vrienden om ook hun parlementslid te schrijven: elke brief telt.',
    ],
    mpEmailUnavailable: (mpName) =>
      `We kunnen ${mpName} niet voor u e-mailen: dit parlementslid publiceert geen e-mailadres.`,
    contactPage: (mpName) => `Schrijf ${mpName} via de eigen contactpagina`,
    mailtoFallback: 'Of verstuur de brief vanaf uw eigen e-mailadres',
  },
};

export default nl;
