import type { SupporterTexts } from './supporter-texts.js';

/** Portuguese (português): European wording kept readable in Brazil, the supporter addressed as “o seu”. */
const pt: SupporterTexts = {
  language: 'pt',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: 'Olá,',
    signatureThanks: {
      subject: (title) => `Obrigado por assinar: ${title}`,
      counted: (title) => `Obrigado por assinar a petição “${title}”. A sua assinatura foi contada.`,
      share: (url) => `Partilhe-a com os seus amigos: ${url}`,
      why: 'Recebe este único e-mail porque este endereço foi usado para assinar. Só voltaremos a escrever-lhe se tiver pedido para receber novidades.',
    },
    signatureConfirmation: {
      subject: (title) => `Confirme a sua assinatura: ${title}`,
      open: (title) =>
        `Confirme a sua assinatura em “${title}”: abra este link e clique no botão de confirmação na página.`,
      countsOnPress: (days) =>
        `A sua assinatura conta assim que clicar no botão. O link é válido durante ${days} dias.`,
      ignore: 'Se não assinou, ignore este e-mail e nada será contado.',
    },
    alreadySigned: {
      subject: (title) => `Já assinou: ${title}`,
      body: (title) =>
        `Este endereço foi usado novamente para assinar “${title}”. Já tinha sido usado para assinar e essa assinatura está contada: não é preciso fazer mais nada.`,
      ignore: 'Se não reconhece esta ação, ignore este e-mail: nada mudou.',
    },
    letterConfirmation: {
      subject: (mpName) => `Confirme a sua carta para ${mpName}`,
      open: (mpName, constituency, title) =>
        `Confirme o seu endereço de e-mail para que possamos enviar a sua carta a ${mpName}, deputado(a) por ${constituency}, no âmbito da campanha “${title}”. Abra este link e clique no botão na página para confirmar:`,
      testMode:
        'Esta carta foi escrita num site em modo de teste: depois de a confirmar, será enviada de volta para si e não para o deputado.',
      noCopy:
        'Este e-mail não repete a sua carta, para que ninguém possa usar os nossos e-mails de confirmação para enviar textos próprios a outra pessoa. A sua carta segue para o seu deputado exatamente como a escreveu.',
      ignore: (days) =>
        `Se não escreveu nenhuma carta, ignore este e-mail e nada será enviado. O link é válido durante ${days} dias.`,
    },
  },

  pages: {
    confirmSignatureTitle: 'Confirme a sua assinatura',
    signing: (title) => `Vai assinar a petição “${title}”.`,
    countedOnPress: 'A sua assinatura é contada assim que clicar no botão.',
    confirmSignatureButton: 'Confirmar a minha assinatura',
    confirmLetterTitle: 'Confirme a sua carta',
    // The recipient comes after a colon so that “o seu deputado” needs no article merged into “a” (“ao”).
    sendingTo: (recipient, title) =>
      `Vai enviar a sua carta no âmbito da campanha “${title}”. Destinatário: ${recipient}.`,
    mpFor: (mpName, constituency) => `${mpName}, deputado(a) por ${constituency}`,
    yourMp: 'o seu deputado',
    testMode: 'Esta carta foi escrita num site em modo de teste: será enviada de volta para si e não para o deputado.',
    nothingSentUntilPress: 'Nada é enviado até clicar no botão.',
    sendLetterButton: (mpName) => `Enviar a minha carta a ${mpName}`,
    confirmLetterButton: 'Confirmar a minha carta',
    linkWorksUntil: (date) => `Este link é válido até ${date}.`,
    alreadyConfirmedTitle: 'Já confirmado',
    alreadyConfirmed: 'Já confirmou isto. Obrigado!',
    expiredTitle: 'Link expirado',
    expired: (title) => `Este link de confirmação para “${title}” expirou, por isso nada foi contado nem enviado.`,
    signAgain: 'Se ainda quiser, assine novamente a petição.',
    writeAgain: 'Se ainda quiser, escreva novamente a sua carta.',
    confirmedTitle: 'Confirmado',
    counted: 'Obrigado: a sua assinatura foi confirmada e contada.',
    queued: 'Obrigado: a sua carta foi confirmada e está a caminho.',
    notConfirmedTitle: 'Não confirmado',
    invalidLink: 'Este link de confirmação não é válido.',
    expiredLink: 'Este link de confirmação expirou. Assine ou escreva novamente.',
  },
};

export default pt;
