import type { Catalogue } from './catalogue.js';

/**
 * French (français), loaded on demand. The reader is addressed as “vous”; a British MP is
 * “député(e)” (gender unknown). A count of a whole million takes “de” (“1 000 000 de signatures”):
 * that is CLDR’s `many`.
 */
const fr: Catalogue = {
  locale: 'fr',
  dir: 'ltr',
  // Translated without a native speaker: to be checked by a French reviewer.
  review: { status: 'draft' },
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  // French writes the first of the month as an ordinal: “1er janvier 2025”.
  longDate: (day, monthName, year) => `${day === 1 ? '1er' : day} ${monthName} ${year}`,

  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    loadFailed: 'Nous n’avons pas pu charger cette campagne pour le moment.',
    notFound: 'Nous n’avons pas trouvé cette campagne.',
    offline: 'Vous semblez être hors ligne. Vérifiez votre connexion et réessayez.',
    missingCampaign: 'Ce widget n’indique pas quelle campagne afficher.',
    errorSummaryTitle: 'Il y a un problème',
    rateLimited: (minutes, f) =>
      `Il y a eu trop de tentatives à l’instant. Veuillez réessayer dans ${f.plural(minutes, {
        one: `${f.number(minutes)} minute`,
        many: `${f.number(minutes)} de minutes`,
        other: `${f.number(minutes)} minutes`,
      })}.`,
    serverError: 'Un problème est survenu de notre côté. Ce que vous avez saisi est toujours là : veuillez réessayer.',
    notAllowed: 'Ce widget n’est pas configuré pour accepter des réponses sur ce site.',
    originNotAllowed:
      'Ce site n’est pas encore configuré pour cette campagne, nous ne pouvons donc pas envoyer votre réponse depuis cette page. Veuillez en informer le propriétaire du site.',
    closed: 'Cette campagne est terminée. Merci à toutes celles et ceux qui y ont participé.',
    offlineQueued: 'Vous êtes hors ligne — nous l’enverrons dès votre retour en ligne.',
    sendNow: 'Essayer d’envoyer maintenant',
    requiredMark: '(obligatoire)',
    optional: '(facultatif)',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    honeypotLabel: 'Laissez ce champ vide',
  },

  fields: {
    nameRequired: 'Saisissez votre nom.',
    emailRequired: 'Saisissez votre adresse e-mail.',
    emailInvalid: 'Saisissez une adresse e-mail du type name@example.org.',
    emailNotAccepted:
      'Ce site ne peut pas accepter les adresses de services d’e-mail jetables. Veuillez utiliser une adresse que vous conservez.',
    postcodeRequired: 'Saisissez votre code postal.',
    postcodeInvalid: 'Saisissez un code postal britannique, par exemple SW1A 1AA.',
    countryInvalid: 'Choisissez un pays dans la liste.',
    addressRequired: 'Saisissez votre adresse.',
    subjectRequired: 'Saisissez un objet.',
    bodyRequired: 'Rédigez votre lettre.',
    consentRequired: 'Veuillez accepter la politique de confidentialité pour continuer.',
    tooLong: (max, f) => `Utilisez ${f.number(max)} caractères au maximum.`,
    invalid: 'Vérifiez ce champ.',
  },

  consent: {
    privacy: 'J’accepte la politique de confidentialité',
    privacyLink: 'Lire l’intégralité de la politique de confidentialité',
    updates: 'Envoyez-moi par e-mail les actualités de cette campagne',
  },

  timeline: {
    label: 'Chronologie de la campagne',
    kinds: { milestone: 'Étape clé', news: 'Actualité', action: 'Action' },
    readMore: 'Lire la suite',
    showMore: 'Afficher plus de mises à jour',
    showMoreAgain: 'Réessayer',
    loadingMore: 'Chargement d’autres mises à jour…',
    empty: 'Aucune mise à jour pour l’instant.',
    loadFailed: 'Nous n’avons pas pu charger les mises à jour de la campagne.',
    newBadge: 'Nouveau',
    added: (title) => `Nouvelle mise à jour : ${title}`,
    updated: (title) => `Mise à jour modifiée : ${title}`,
    deleted: 'Une mise à jour a été supprimée.',
  },

  petition: {
    unit: (count, f) => f.plural(count, { one: 'signature', many: 'de signatures', other: 'signatures' }),
    signatures: (count, f) => `${f.number(count)} ${fr.petition.unit(count, f)}`,
    progressLabel: (count, target, f) => `${f.number(count)} sur ${f.number(target)} ${fr.petition.unit(target, f)}`,
    toGo: (remaining, target, f) => `Encore ${f.number(remaining)} pour atteindre ${f.number(target)}`,
    goal: (goal, f) => `Objectif : ${f.number(goal)}`,
    goalReached: 'Objectif atteint — merci !',
    milestonesHeading: 'Étapes franchies',
    celebration: (count, f) => `Nous avons atteint ${fr.petition.signatures(count, f)} ! Merci.`,
    signHeading: 'Signez la pétition',
    closedBody: 'Cette pétition est close. Merci à toutes celles et ceux qui l’ont signée.',
  },

  signing: {
    name: 'Votre nom',
    email: 'Adresse e-mail',
    postcode: 'Code postal',
    country: 'Pays',
    countryNotGiven: 'Non précisé',
    submit: 'Signer la pétition',
    submitting: 'Signature en cours…',
    thanksHeading: 'Merci d’avoir signé !',
    thanksBody: (count, f) =>
      f.plural(count, {
        one: 'Vous êtes la première personne à signer.',
        many: `Vous faites partie des ${f.number(count)} de personnes qui ont signé.`,
        other: `Vous faites partie des ${f.number(count)} personnes qui ont signé.`,
      }),
    alreadySignedHeading: 'Vous avez déjà signé',
    alreadySignedBody: 'Merci — votre signature avait déjà été comptée.',
    checkEmailHeading: 'Consultez vos e-mails',
    checkEmailBody:
      'Nous vous avons envoyé un e-mail. Ouvrez le lien qu’il contient et appuyez sur le bouton pour confirmer votre signature : elle sera comptée dès que vous l’aurez fait.',
    areaCount: (count, area, f) =>
      f.plural(count, {
        one: `${f.number(count)} personne a signé dans la circonscription ${area}.`,
        many: `${f.number(count)} de personnes ont signé dans la circonscription ${area}.`,
        other: `${f.number(count)} personnes ont signé dans la circonscription ${area}.`,
      }),
  },

  share: {
    heading: 'Invitez d’autres personnes à se joindre à vous',
    text: (title) => `Je viens de passer à l’action : ${title}. Vous me rejoignez ?`,
    copyLink: 'Copier le lien',
    copied: 'Lien copié.',
    copyFallback: 'Copiez ce lien :',
    email: 'Partager par e-mail',
    whatsapp: 'Partager sur WhatsApp',
    x: 'Partager sur X',
    facebook: 'Partager sur Facebook',
  },

  letter: {
    postcodeHeading: 'Trouvez votre député(e)',
    postcode: 'Votre code postal',
    postcodeHint: 'Il nous sert à trouver votre député(e) au Parlement britannique. Exemple : SW1A 1AA.',
    findMp: 'Trouver mon député(e)',
    finding: 'Recherche de votre député(e)…',
    step: (step, total, f) => `Étape ${f.number(step)} sur ${f.number(total)}`,
  },

  letterSteps: {
    postcodeNotFound: 'Nous n’avons pas trouvé de député(e) pour ce code postal. Vérifiez-le et réessayez.',
    lookupUnavailable:
      'Nous ne pouvons pas rechercher les députés pour le moment. Veuillez réessayer dans quelques minutes.',
    mpIs: (name, party, constituency) => `Votre député(e) est ${name} (${party}), ${constituency}`,
    changePostcode: 'Modifier le code postal',
    letterHeading: 'Votre lettre',
    subject: 'Objet',
    body: 'Lettre',
    nudge:
      'Les députés sont surtout attentifs aux lettres que les habitants de leur circonscription écrivent avec leurs propres mots. Ajoutez une phrase ou deux pour dire pourquoi c’est important pour vous.',
    continue: 'Suivant',
    back: 'Retour',
    testMode: (mpName) => `Mode test : cette lettre vous sera envoyée à vous, et non à ${mpName}.`,
    detailsHeading: 'Vos coordonnées',
    name: 'Votre nom',
    email: 'Adresse e-mail',
    address: 'Votre adresse',
    addressHint:
      'Les députés ne répondent qu’aux personnes qui habitent leur circonscription : c’est pourquoi ils demandent votre adresse.',
    send: 'Envoyer ma lettre',
    sending: 'Envoi en cours…',
    sentHeading: 'Consultez vos e-mails pour confirmer',
    sentBody: (mpName) =>
      `Nous vous avons envoyé un lien par e-mail. Votre lettre partira à ${mpName} dès que vous l’aurez ouvert et aurez appuyé sur le bouton.`,
    nextStepsHeading: 'Et ensuite ?',
    nextSteps: [
      'Ouvrez notre e-mail, suivez le lien et appuyez sur le bouton pour confirmer.',
      'Nous envoyons votre lettre. La réponse de votre député(e) vous parviendra directement.',
      'Invitez vos proches à écrire eux aussi à leur député(e) : chaque lettre compte.',
    ],
    mpEmailUnavailable: (mpName) =>
      `Nous ne pouvons pas écrire à ${mpName} par e-mail à votre place : aucune adresse e-mail n’est publiée.`,
    contactPage: (mpName) => `Écrire à ${mpName} via sa page de contact`,
    mailtoFallback: 'Ou envoyez la lettre depuis votre propre adresse e-mail',
  },
};

export default fr;
