import type { Catalogue } from './catalogue.js';

/**
 * Spanish (español), loaded on demand. The reader is addressed as “usted”; a British MP is
 * “diputado/a” (gender unknown). A count of a whole million takes “de” (“1.000.000 de firmas”):
 * that is CLDR’s `many`. The share text speaks to friends, so it says “tú”.
 */
const es: Catalogue = {
  locale: 'es',
  dir: 'ltr',
  // Translated without a native speaker: to be checked by a Spanish reviewer.
  review: { status: 'draft' },
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  longDate: (day, monthName, year) => `${day} de ${monthName} de ${year}`,

  common: {
    loading: 'Cargando…',
    retry: 'Volver a intentarlo',
    loadFailed: 'No hemos podido cargar esta campaña en este momento.',
    notFound: 'No hemos encontrado esta campaña.',
    offline: 'Parece que no tiene conexión. Compruébela y vuelva a intentarlo.',
    missingCampaign: 'Este widget no indica qué campaña debe mostrar.',
    errorSummaryTitle: 'Hay un problema',
    rateLimited: (minutes, f) =>
      `Ha habido demasiados intentos en poco tiempo. Vuelva a intentarlo dentro de ${f.plural(minutes, {
        one: `${f.number(minutes)} minuto`,
        many: `${f.number(minutes)} de minutos`,
        other: `${f.number(minutes)} minutos`,
      })}.`,
    serverError: 'Algo ha fallado por nuestra parte. Lo que ha escrito sigue aquí, así que vuelva a intentarlo.',
    notAllowed: 'Este widget no está configurado para aceptar respuestas en este sitio web.',
    originNotAllowed:
      'Este sitio web aún no está configurado para esta campaña, así que no podemos enviar su respuesta desde aquí. Por favor, avise a quien gestiona el sitio web.',
    closed: 'Esta campaña ha terminado. Gracias a todas las personas que han participado.',
    offlineQueued: 'No tiene conexión — lo enviaremos cuando vuelva a estar en línea.',
    sendNow: 'Intentar enviar ahora',
    requiredMark: '(obligatorio)',
    optional: '(opcional)',
    opensInNewTab: '(se abre en una pestaña nueva)',
    honeypotLabel: 'Deje este campo vacío',
  },

  fields: {
    nameRequired: 'Escriba su nombre.',
    emailRequired: 'Escriba su dirección de correo electrónico.',
    emailInvalid: 'Escriba una dirección de correo electrónico como name@example.org.',
    emailNotAccepted:
      'Este sitio no puede aceptar direcciones de servicios de correo desechable. Utilice una dirección que vaya a conservar.',
    postcodeRequired: 'Escriba su código postal.',
    postcodeInvalid: 'Escriba un código postal del Reino Unido como SW1A 1AA.',
    countryInvalid: 'Elija un país de la lista.',
    addressRequired: 'Escriba su dirección.',
    subjectRequired: 'Escriba un asunto.',
    bodyRequired: 'Escriba su carta.',
    consentRequired: 'Para continuar, acepte la política de privacidad.',
    tooLong: (max, f) => `Use como máximo ${f.number(max)} caracteres.`,
    invalid: 'Revise este campo.',
  },

  consent: {
    privacy: 'Acepto la política de privacidad',
    privacyLink: 'Leer la política de privacidad completa',
    updates: 'Quiero recibir por correo electrónico novedades sobre esta campaña',
  },

  timeline: {
    label: 'Cronología de la campaña',
    kinds: { milestone: 'Hito', news: 'Noticia', action: 'Acción' },
    readMore: 'Leer más',
    showMore: 'Mostrar más actualizaciones',
    showMoreAgain: 'Volver a intentarlo',
    loadingMore: 'Cargando más actualizaciones…',
    empty: 'Todavía no hay actualizaciones.',
    loadFailed: 'No hemos podido cargar las actualizaciones de la campaña.',
    newBadge: 'Nuevo',
    added: (title) => `Nueva actualización: ${title}`,
    updated: (title) => `Actualización modificada: ${title}`,
    deleted: 'Se ha eliminado una actualización.',
  },

  petition: {
    unit: (count, f) => f.plural(count, { one: 'firma', many: 'de firmas', other: 'firmas' }),
    signatures: (count, f) => `${f.number(count)} ${es.petition.unit(count, f)}`,
    progressLabel: (count, target, f) => `${f.number(count)} de ${f.number(target)} ${es.petition.unit(target, f)}`,
    toGo: (remaining, target, f) =>
      f.plural(remaining, {
        one: `Falta ${f.number(remaining)} para llegar a ${f.number(target)}`,
        other: `Faltan ${f.number(remaining)} para llegar a ${f.number(target)}`,
      }),
    goal: (goal, f) => `Objetivo: ${f.number(goal)}`,
    goalReached: 'Objetivo alcanzado: ¡gracias!',
    milestonesHeading: 'Hitos alcanzados',
    celebration: (count, f) => `¡Hemos llegado a ${es.petition.signatures(count, f)}! Gracias.`,
    signHeading: 'Firme la petición',
    closedBody: 'Esta petición está cerrada. Gracias a todas las personas que la han firmado.',
  },

  signing: {
    name: 'Su nombre',
    email: 'Correo electrónico',
    postcode: 'Código postal',
    country: 'País',
    countryNotGiven: 'Sin indicar',
    submit: 'Firmar la petición',
    submitting: 'Firmando…',
    thanksHeading: '¡Gracias por firmar!',
    thanksBody: (count, f) =>
      f.plural(count, {
        one: 'Es usted la primera persona en firmar.',
        many: `Ya han firmado ${f.number(count)} de personas, y usted es una de ellas.`,
        other: `Es usted una de las ${f.number(count)} personas que han firmado.`,
      }),
    alreadySignedHeading: 'Ya ha firmado',
    alreadySignedBody: 'Gracias — su firma ya estaba contabilizada.',
    checkEmailHeading: 'Revise su correo electrónico',
    checkEmailBody:
      'Le hemos enviado un correo electrónico. Abra el enlace que contiene y pulse el botón para confirmar su firma: contará en cuanto lo haga.',
    areaCount: (count, area, f) =>
      f.plural(count, {
        one: `Ha firmado ${f.number(count)} persona de la circunscripción de ${area}.`,
        many: `Han firmado ${f.number(count)} de personas de la circunscripción de ${area}.`,
        other: `Han firmado ${f.number(count)} personas de la circunscripción de ${area}.`,
      }),
  },

  share: {
    heading: 'Invite a otras personas a sumarse',
    text: (title) => `Acabo de pasar a la acción: ${title}. ¿Te sumas?`,
    copyLink: 'Copiar enlace',
    copied: 'Enlace copiado.',
    copyFallback: 'Copie este enlace:',
    email: 'Compartir por correo electrónico',
    whatsapp: 'Compartir en WhatsApp',
    x: 'Compartir en X',
    facebook: 'Compartir en Facebook',
  },

  letter: {
    postcodeHeading: 'Encuentre a su diputado/a',
    postcode: 'Su código postal',
    postcodeHint: 'Lo usamos para encontrar a su diputado/a en el Parlamento británico. Por ejemplo: SW1A 1AA.',
    findMp: 'Buscar a mi diputado/a',
    finding: 'Buscando a su diputado/a…',
    step: (step, total, f) => `Paso ${f.number(step)} de ${f.number(total)}`,
  },

  letterSteps: {
    postcodeNotFound:
      'No hemos encontrado a ningún diputado/a para ese código postal. Compruébelo y vuelva a intentarlo.',
    lookupUnavailable: 'Ahora mismo no podemos buscar diputados. Vuelva a intentarlo dentro de unos minutos.',
    mpIs: (name, party, constituency) => `Su diputado/a es ${name} (${party}), ${constituency}`,
    changePostcode: 'Cambiar el código postal',
    letterHeading: 'Su carta',
    subject: 'Asunto',
    body: 'Carta',
    nudge:
      'Los diputados prestan más atención a las cartas que sus electores escriben con sus propias palabras. Añada una o dos frases sobre por qué esto le importa.',
    continue: 'Continuar',
    back: 'Atrás',
    testMode: (mpName) => `Modo de prueba: esta carta se le enviará a usted, no a ${mpName}.`,
    detailsHeading: 'Sus datos',
    name: 'Su nombre',
    email: 'Correo electrónico',
    address: 'Su dirección',
    addressHint: 'Los diputados solo responden a quienes viven en su circunscripción, por eso le piden su dirección.',
    send: 'Enviar mi carta',
    sending: 'Enviando…',
    sentHeading: 'Revise su correo electrónico para confirmar',
    sentBody: (mpName) =>
      `Le hemos enviado un enlace por correo electrónico. Su carta se enviará a ${mpName} en cuanto lo abra y pulse el botón.`,
    nextStepsHeading: 'Qué ocurre ahora',
    nextSteps: [
      'Abra nuestro correo electrónico, siga el enlace y pulse el botón para confirmar.',
      'Enviamos su carta. La respuesta de su diputado/a le llegará directamente a usted.',
      'Anime a sus amistades a escribir también a sus propios diputados: cada carta cuenta.',
    ],
    mpEmailUnavailable: (mpName) =>
      `No podemos escribir a ${mpName} por correo electrónico en su nombre: no publica ninguna dirección de correo electrónico.`,
    contactPage: (mpName) => `Escriba a ${mpName} a través de su página de contacto`,
    mailtoFallback: 'O envíe la carta desde su propio correo electrónico',
  },
};

export default es;
