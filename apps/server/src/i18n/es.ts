import type { SupporterTexts } from './supporter-texts.js';

/** Spanish (español): the reader is “usted”; a British MP is “diputado/a”, or “diputado o diputada” in running text. */
const es: SupporterTexts = {
  language: 'es',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: 'Hola:',
    signatureThanks: {
      subject: (title) => `Gracias por firmar: ${title}`,
      counted: (title) => `Gracias por firmar la petición «${title}». Su firma se ha contabilizado.`,
      share: (url) => `Por favor, compártala con sus amistades: ${url}`,
      why: 'Recibe este único correo porque se usó esta dirección para firmar. Solo volveremos a escribirle si pidió recibir novedades.',
    },
    signatureConfirmation: {
      subject: (title) => `Por favor, confirme su firma: ${title}`,
      open: (title) =>
        `Por favor, confirme su firma en «${title}»: abra este enlace y pulse el botón de confirmar de la página.`,
      countsOnPress: (days) => `Su firma contará en cuanto pulse el botón. El enlace es válido durante ${days} días.`,
      ignore: 'Si usted no ha firmado, ignore este correo y no se contabilizará nada.',
    },
    alreadySigned: {
      subject: (title) => `Ya ha firmado: ${title}`,
      body: (title) =>
        `Se ha vuelto a usar esta dirección para firmar «${title}». Ya se había firmado con ella y esa firma está contabilizada: no hay que hacer nada más.`,
      ignore: 'Si no ha sido usted, ignore este correo: no ha cambiado nada.',
    },
    letterConfirmation: {
      subject: (mpName) => `Confirme su carta a ${mpName}`,
      open: (mpName, constituency, title) =>
        `Por favor, confirme su dirección de correo electrónico para que podamos enviar su carta a ${mpName}, diputado/a por ${constituency}, en el marco de la campaña «${title}». Abra este enlace y pulse el botón de la página para confirmar:`,
      testMode:
        'Esta carta se escribió en un sitio en modo de prueba: cuando la confirme, se le devolverá a usted en lugar de enviarse al diputado o la diputada.',
      noCopy:
        'Este correo no reproduce su carta, para que nadie pueda usar nuestros correos de confirmación para enviar sus palabras a otra persona. Su carta llega a su diputado o diputada exactamente como usted la escribió.',
      ignore: (days) =>
        `Si no ha escrito ninguna carta, ignore este correo y no se enviará nada. El enlace es válido durante ${days} días.`,
    },
  },

  pages: {
    confirmSignatureTitle: 'Confirme su firma',
    signing: (title) => `Está firmando la petición «${title}».`,
    countedOnPress: 'Su firma se contabiliza en cuanto pulse el botón.',
    confirmSignatureButton: 'Confirmar mi firma',
    confirmLetterTitle: 'Confirme su carta',
    sendingTo: (recipient, title) => `Está enviando su carta a ${recipient}, en el marco de la campaña «${title}».`,
    mpFor: (mpName, constituency) => `${mpName}, diputado/a por ${constituency}`,
    yourMp: 'su diputado o diputada',
    testMode:
      'Esta carta se escribió en un sitio en modo de prueba: se le devolverá a usted en lugar de enviarse al diputado o la diputada.',
    nothingSentUntilPress: 'No se envía nada hasta que pulse el botón.',
    sendLetterButton: (mpName) => `Enviar mi carta a ${mpName}`,
    confirmLetterButton: 'Confirmar mi carta',
    linkWorksUntil: (date) => `Este enlace es válido hasta el ${date}.`,
    alreadyConfirmedTitle: 'Ya confirmado',
    alreadyConfirmed: 'Ya lo ha confirmado. ¡Gracias!',
    expiredTitle: 'Enlace caducado',
    expired: (title) =>
      `Este enlace de confirmación para «${title}» ha caducado, así que no se ha contabilizado ni enviado nada.`,
    signAgain: 'Si todavía lo desea, vuelva a firmar la petición.',
    writeAgain: 'Si todavía lo desea, vuelva a escribir su carta.',
    confirmedTitle: 'Confirmado',
    counted: 'Gracias: su firma está confirmada y contabilizada.',
    queued: 'Gracias: su carta está confirmada y en camino.',
    notConfirmedTitle: 'No confirmado',
    invalidLink: 'Este enlace de confirmación no es válido.',
    expiredLink: 'Este enlace de confirmación ha caducado. Vuelva a firmar o a escribir.',
  },
};

export default es;
