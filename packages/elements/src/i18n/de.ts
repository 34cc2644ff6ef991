import type { Catalogue } from './catalogue.js';

/**
 * German (Deutsch), loaded on demand. The reader is addressed as “Sie”; a British MP is
 * “Abgeordnete(r)”, written with both endings (“Ihre(n) Abgeordnete(n)”) because the MP’s gender
 * is unknown. The share text speaks to friends, so it says “du”.
 */
const de: Catalogue = {
  locale: 'de',
  dir: 'ltr',
  // Translated without a native speaker: to be checked by a German reviewer.
  review: { status: 'draft' },
  months: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  longDate: (day, monthName, year) => `${day}. ${monthName} ${year}`,

  common: {
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    loadFailed: 'Diese Kampagne konnte gerade nicht geladen werden.',
    notFound: 'Diese Kampagne wurde nicht gefunden.',
    offline: 'Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    missingCampaign: 'Dieses Widget gibt nicht an, welche Kampagne angezeigt werden soll.',
    errorSummaryTitle: 'Es gibt ein Problem',
    rateLimited: (minutes, f) =>
      `Gerade gab es zu viele Versuche. Bitte versuchen Sie es in ${f.plural(minutes, {
        one: `${f.number(minutes)} Minute`,
        other: `${f.number(minutes)} Minuten`,
      })} erneut.`,
    serverError: 'Bei uns ist etwas schiefgelaufen. Ihre Eingaben sind noch da, bitte versuchen Sie es also erneut.',
    notAllowed: 'Dieses Widget ist nicht dafür eingerichtet, auf dieser Website Antworten anzunehmen.',
    originNotAllowed:
      'Diese Website ist noch nicht für diese Kampagne eingerichtet, daher können wir Ihre Antwort von hier aus nicht senden. Bitte geben Sie den Betreibern der Website Bescheid.',
    closed: 'Diese Kampagne ist beendet. Vielen Dank an alle, die mitgemacht haben.',
    offlineQueued: 'Sie sind offline – wir senden es, sobald Sie wieder online sind.',
    sendNow: 'Jetzt erneut senden',
    requiredMark: '(Pflichtfeld)',
    optional: '(optional)',
    opensInNewTab: '(öffnet sich in einem neuen Tab)',
    honeypotLabel: 'Lassen Sie dieses Feld leer',
  },

  fields: {
    nameRequired: 'Geben Sie Ihren Namen ein.',
    emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
    emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@example.org ein.',
    emailNotAccepted:
      'Diese Website kann keine Adressen von Wegwerf-E-Mail-Diensten annehmen. Bitte verwenden Sie eine Adresse, die Sie dauerhaft nutzen.',
    postcodeRequired: 'Geben Sie Ihre Postleitzahl ein.',
    postcodeInvalid: 'Geben Sie eine britische Postleitzahl wie SW1A 1AA ein.',
    countryInvalid: 'Wählen Sie ein Land aus der Liste.',
    addressRequired: 'Geben Sie Ihre Adresse ein.',
    subjectRequired: 'Geben Sie einen Betreff ein.',
    bodyRequired: 'Schreiben Sie Ihren Brief.',
    consentRequired: 'Bitte stimmen Sie der Datenschutzerklärung zu, um fortzufahren.',
    tooLong: (max, f) => `Verwenden Sie höchstens ${f.number(max)} Zeichen.`,
    invalid: 'Prüfen Sie dieses Feld.',
  },

  consent: {
    privacy: 'Ich stimme der Datenschutzerklärung zu',
    privacyLink: 'Die vollständige Datenschutzerklärung lesen',
    updates: 'Ich möchte Neuigkeiten zu dieser Kampagne per E-Mail erhalten',
  },

  timeline: {
    label: 'Verlauf der Kampagne',
    kinds: { milestone: 'Meilenstein', news: 'Neuigkeit', action: 'Aktion' },
    readMore: 'Weiterlesen',
    showMore: 'Weitere Updates anzeigen',
    showMoreAgain: 'Erneut versuchen',
    loadingMore: 'Weitere Updates werden geladen…',
    empty: 'Noch keine Updates.',
    loadFailed: 'Die Updates der Kampagne konnten nicht geladen werden.',
    newBadge: 'Neu',
    added: (title) => `Neues Update: ${title}`,
    updated: (title) => `Update geändert: ${title}`,
    deleted: 'Ein Update wurde entfernt.',
  },

  petition: {
    unit: (count, f) => f.plural(count, { one: 'Unterschrift', other: 'Unterschriften' }),
    signatures: (count, f) => `${f.number(count)} ${de.petition.unit(count, f)}`,
    progressLabel: (count, target, f) => `${f.number(count)} von ${f.number(target)} ${de.petition.unit(target, f)}`,
    toGo: (remaining, target, f) => `Noch ${f.number(remaining)} bis ${f.number(target)}`,
    goal: (goal, f) => `Ziel: ${f.number(goal)}`,
    goalReached: 'Ziel erreicht – vielen Dank!',
    milestonesHeading: 'Erreichte Meilensteine',
    celebration: (count, f) => `Wir haben ${de.petition.signatures(count, f)} erreicht! Vielen Dank.`,
    signHeading: 'Unterschreiben Sie die Petition',
    closedBody: 'Diese Petition ist beendet. Vielen Dank an alle, die unterschrieben haben.',
  },

  signing: {
    name: 'Ihr Name',
    email: 'E-Mail-Adresse',
    postcode: 'Postleitzahl',
    country: 'Land',
    countryNotGiven: 'Keine Angabe',
    submit: 'Petition unterschreiben',
    submitting: 'Wird unterschrieben…',
    thanksHeading: 'Danke für Ihre Unterschrift!',
    thanksBody: (count, f) =>
      f.plural(count, {
        one: 'Sie sind die erste Person, die unterschrieben hat.',
        other: `Sie sind eine von ${f.number(count)} Personen, die unterschrieben haben.`,
      }),
    alreadySignedHeading: 'Sie haben bereits unterschrieben',
    alreadySignedBody: 'Vielen Dank – Ihre Unterschrift wurde bereits gezählt.',
    checkEmailHeading: 'Prüfen Sie Ihre E-Mails',
    checkEmailBody:
      'Wir haben Ihnen eine E-Mail geschickt. Öffnen Sie den Link darin und klicken Sie auf die Schaltfläche, um Ihre Unterschrift zu bestätigen: Sobald Sie das getan haben, zählt sie.',
    areaCount: (count, area, f) =>
      f.plural(count, {
        one: `${f.number(count)} Person im Wahlkreis ${area} hat unterschrieben.`,
        other: `${f.number(count)} Personen im Wahlkreis ${area} haben unterschrieben.`,
      }),
  },

  share: {
    heading: 'Laden Sie andere zum Mitmachen ein',
    text: (title) => `Ich bin gerade aktiv geworden: ${title}. Machst du mit?`,
    copyLink: 'Link kopieren',
    copied: 'Link kopiert.',
    copyFallback: 'Kopieren Sie diesen Link:',
    email: 'Per E-Mail teilen',
    whatsapp: 'Auf WhatsApp teilen',
    x: 'Auf X teilen',
    facebook: 'Auf Facebook teilen',
  },

  letter: {
    postcodeHeading: 'Ihre(n) Abgeordnete(n) finden',
    postcode: 'Ihre Postleitzahl',
    postcodeHint: 'Damit finden wir Ihre(n) Abgeordnete(n) im britischen Unterhaus. Beispiel: SW1A 1AA.',
    findMp: 'Meine(n) Abgeordnete(n) finden',
    finding: 'Ihr(e) Abgeordnete(r) wird gesucht…',
    step: (step, total, f) => `Schritt ${f.number(step)} von ${f.number(total)}`,
  },

  letterSteps: {
    postcodeNotFound:
      'Zu dieser Postleitzahl haben wir keine(n) Abgeordnete(n) gefunden. Prüfen Sie sie und versuchen Sie es erneut.',
    lookupUnavailable:
      'Wir können gerade keine Abgeordneten suchen. Bitte versuchen Sie es in ein paar Minuten erneut.',
    mpIs: (name, party, constituency) => `Ihr(e) Abgeordnete(r): ${name} (${party}), ${constituency}`,
    changePostcode: 'Postleitzahl ändern',
    letterHeading: 'Ihr Brief',
    subject: 'Betreff',
    body: 'Brief',
    nudge:
      'Abgeordnete achten besonders auf Briefe, die Menschen aus ihrem Wahlkreis in eigenen Worten schreiben. Ergänzen Sie ein, zwei Sätze dazu, warum Ihnen das wichtig ist.',
    continue: 'Weiter',
    back: 'Zurück',
    testMode: (mpName) => `Testmodus: Dieser Brief wird an Sie gesendet, nicht an ${mpName}.`,
    detailsHeading: 'Ihre Angaben',
    name: 'Ihr Name',
    email: 'E-Mail-Adresse',
    address: 'Ihre Adresse',
    addressHint:
      'Abgeordnete antworten nur Menschen, die in ihrem Wahlkreis wohnen. Deshalb fragen sie nach Ihrer Adresse.',
    send: 'Meinen Brief senden',
    sending: 'Wird gesendet…',
    sentHeading: 'Prüfen Sie Ihre E-Mails, um zu bestätigen',
    sentBody: (mpName) =>
      `Wir haben Ihnen einen Link per E-Mail geschickt. Ihr Brief geht an ${mpName}, sobald Sie den Link öffnen und auf die Schaltfläche klicken.`,
    nextStepsHeading: 'Wie es weitergeht',
    nextSteps: [
      'Öffnen Sie unsere E-Mail, folgen Sie dem Link und klicken Sie zur Bestätigung auf die Schaltfläche.',
      'Wir senden Ihren Brief ab. Die Antwort Ihrer oder Ihres Abgeordneten kommt direkt zu Ihnen.',
      'Bitten Sie Freundinnen und Freunde, ebenfalls ihren Abgeordneten zu schreiben: Jeder Brief zählt.',
    ],
    mpEmailUnavailable: (mpName) =>
      `Wir können ${mpName} nicht für Sie per E-Mail anschreiben, da keine E-Mail-Adresse veröffentlicht ist.`,
    contactPage: (mpName) => `Über die Kontaktseite an ${mpName} schreiben`,
    mailtoFallback: 'Oder senden Sie den Brief von Ihrer eigenen E-Mail-Adresse',
  },
};

export default de;
