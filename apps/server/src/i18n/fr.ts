import type { SupporterTexts } from './supporter-texts.js';

/** French (français): the reader is “vous”; a British MP is “député(e)”. */
const fr: SupporterTexts = {
  language: 'fr',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: 'Bonjour,',
    signatureThanks: {
      subject: (title) => `Merci d’avoir signé : ${title}`,
      counted: (title) => `Merci d’avoir signé la pétition « ${title} ». Votre signature a bien été comptée.`,
      share: (url) => `N’hésitez pas à la partager avec vos amis : ${url}`,
      why: 'Vous recevez cet unique e-mail parce que cette adresse a servi à signer. Nous ne vous écrirons plus, sauf si vous avez demandé à recevoir des actualités.',
    },
    signatureConfirmation: {
      subject: (title) => `Veuillez confirmer votre signature : ${title}`,
      open: (title) =>
        `Veuillez confirmer votre signature pour « ${title} » : ouvrez ce lien et appuyez sur le bouton de confirmation de la page.`,
      countsOnPress: (days) =>
        `Votre signature sera comptée dès que vous aurez appuyé sur le bouton. Le lien est valable ${days} jours.`,
      ignore: 'Si vous n’avez pas signé, ignorez cet e-mail : rien ne sera compté.',
    },
    alreadySigned: {
      subject: (title) => `Vous avez déjà signé : ${title}`,
      body: (title) =>
        `Cette adresse a de nouveau été utilisée pour signer « ${title} ». Elle avait déjà signé, et cette signature est bien comptée : vous n’avez rien d’autre à faire.`,
      ignore: 'Si ce n’était pas vous, ignorez cet e-mail : rien n’a changé.',
    },
    letterConfirmation: {
      subject: (mpName) => `Confirmez votre lettre à ${mpName}`,
      open: (mpName, constituency, title) =>
        `Veuillez confirmer votre adresse e-mail afin que nous puissions envoyer votre lettre à ${mpName}, député(e) de ${constituency}, pour la campagne « ${title} ». Ouvrez ce lien et appuyez sur le bouton de la page pour confirmer :`,
      testMode:
        'Cette lettre a été rédigée sur un site en mode test : une fois que vous l’aurez confirmée, elle vous sera renvoyée à vous, et non à votre député(e).',
      noCopy:
        'Cet e-mail ne reprend pas votre lettre, afin que personne ne puisse se servir de nos e-mails de confirmation pour envoyer ses propres mots à quelqu’un d’autre. Votre lettre parviendra à votre député(e) exactement telle que vous l’avez écrite.',
      ignore: (days) =>
        `Si vous n’avez pas écrit de lettre, ignorez cet e-mail : rien ne sera envoyé. Le lien est valable ${days} jours.`,
    },
  },

  pages: {
    confirmSignatureTitle: 'Confirmez votre signature',
    signing: (title) => `Vous signez la pétition « ${title} ».`,
    countedOnPress: 'Votre signature sera comptée dès que vous aurez appuyé sur le bouton.',
    confirmSignatureButton: 'Confirmer ma signature',
    confirmLetterTitle: 'Confirmez votre lettre',
    sendingTo: (recipient, title) => `Vous envoyez votre lettre à ${recipient}, pour la campagne « ${title} ».`,
    mpFor: (mpName, constituency) => `${mpName}, député(e) de ${constituency}`,
    yourMp: 'votre député(e)',
    testMode:
      'Cette lettre a été rédigée sur un site en mode test : elle vous sera renvoyée à vous, et non à votre député(e).',
    nothingSentUntilPress: 'Rien n’est envoyé tant que vous n’avez pas appuyé sur le bouton.',
    sendLetterButton: (mpName) => `Envoyer ma lettre à ${mpName}`,
    confirmLetterButton: 'Confirmer ma lettre',
    linkWorksUntil: (date) => `Ce lien est valable jusqu’au ${date}.`,
    alreadyConfirmedTitle: 'Déjà confirmé',
    alreadyConfirmed: 'Vous avez déjà confirmé. Merci !',
    expiredTitle: 'Lien expiré',
    expired: (title) => `Ce lien de confirmation pour « ${title} » a expiré : rien n’a donc été compté ni envoyé.`,
    signAgain: 'Si vous le souhaitez toujours, veuillez signer à nouveau la pétition.',
    writeAgain: 'Si vous le souhaitez toujours, veuillez écrire à nouveau votre lettre.',
    confirmedTitle: 'Confirmé',
    counted: 'Merci : votre signature est confirmée et comptée.',
    queued: 'Merci : votre lettre est confirmée et en cours d’envoi.',
    notConfirmedTitle: 'Non confirmé',
    invalidLink: 'Ce lien de confirmation n’est pas valide.',
    expiredLink: 'Ce lien de confirmation a expiré. Veuillez signer ou écrire à nouveau.',
  },
};

export default fr;
