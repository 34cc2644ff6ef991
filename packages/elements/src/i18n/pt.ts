import type { Catalogue } from './catalogue.js';

/**
 * Portuguese (português), loaded on demand: European wording, kept readable in Brazil (“indique”, “endereço”,
 * “clique”; no “tu” or “você”, the reader is addressed in the third person with “o seu”). The CLDR “many”
 * form (a round million and up) takes “de” before the noun: “1.000.000 de assinaturas”.
 */
const pt: Catalogue = {
  locale: 'pt',
  dir: 'ltr',
  // Translated without a native speaker: to be checked by a Portuguese reviewer.
  review: { status: 'draft' },
  months: [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  longDate: (day, monthName, year) => `${day} de ${monthName} de ${year}`,

  common: {
    loading: 'A carregar…',
    retry: 'Tentar novamente',
    loadFailed: 'Não foi possível carregar esta campanha neste momento.',
    notFound: 'Não foi possível encontrar esta campanha.',
    offline: 'Parece que está offline. Verifique a sua ligação à internet e tente novamente.',
    missingCampaign: 'Este widget não indica que campanha deve mostrar.',
    errorSummaryTitle: 'Há um problema',
    rateLimited: (minutes, f) =>
      `Houve demasiadas tentativas há pouco. Tente novamente dentro de ${f.plural(minutes, {
        one: `${f.number(minutes)} minuto`,
        many: `${f.number(minutes)} de minutos`,
        other: `${f.number(minutes)} minutos`,
      })}.`,
    serverError: 'Ocorreu um erro do nosso lado. O que escreveu continua aqui, por isso tente novamente.',
    notAllowed: 'Este widget não está configurado para aceitar respostas neste site.',
    originNotAllowed:
      'Este site ainda não está configurado para esta campanha, por isso não podemos enviar a sua resposta a partir daqui. Informe o responsável pelo site.',
    closed: 'Esta campanha está encerrada. Obrigado a todas as pessoas que participaram.',
    offlineQueued: 'Está offline — enviaremos assim que voltar a estar online.',
    sendNow: 'Tentar enviar agora',
    requiredMark: '(obrigatório)',
    optional: '(opcional)',
    opensInNewTab: '(abre num novo separador)',
    honeypotLabel: 'Deixe este campo em branco',
  },

  fields: {
    nameRequired: 'Indique o seu nome.',
    emailRequired: 'Indique o seu endereço de e-mail.',
    emailInvalid: 'Indique um endereço de e-mail como name@example.org.',
    emailNotAccepted:
      'Este site não aceita endereços de serviços de e-mail temporário. Use um endereço que utilize habitualmente.',
    postcodeRequired: 'Indique o seu código postal.',
    postcodeInvalid: 'Indique um código postal do Reino Unido, como SW1A 1AA.',
    countryInvalid: 'Escolha um país da lista.',
    addressRequired: 'Indique o seu endereço.',
    subjectRequired: 'Indique um assunto.',
    bodyRequired: 'Escreva a sua carta.',
    consentRequired: 'Aceite o aviso de privacidade para continuar.',
    tooLong: (max, f) =>
      `Use no máximo ${f.plural(max, {
        one: `${f.number(max)} carácter`,
        many: `${f.number(max)} de caracteres`,
        other: `${f.number(max)} caracteres`,
      })}.`,
    invalid: 'Verifique este campo.',
  },

  consent: {
    privacy: 'Aceito o aviso de privacidade',
    privacyLink: 'Leia o aviso de privacidade completo',
    updates: 'Quero receber por e-mail novidades sobre esta campanha',
  },

  timeline: {
    label: 'Cronologia da campanha',
    kinds: { milestone: 'Marco', news: 'Notícias', action: 'Ação' },
    readMore: 'Ler mais',
    showMore: 'Mostrar mais atualizações',
    showMoreAgain: 'Tentar novamente',
    loadingMore: 'A carregar mais atualizações…',
    empty: 'Ainda não há atualizações.',
    loadFailed: 'Não foi possível carregar as atualizações da campanha.',
    newBadge: 'Novo',
    added: (title) => `Nova atualização: ${title}`,
    updated: (title) => `Atualização alterada: ${title}`,
    deleted: 'Uma atualização foi removida.',
  },

  petition: {
    unit: (count, f) => f.plural(count, { one: 'assinatura', many: 'de assinaturas', other: 'assinaturas' }),
    signatures: (count, f) => `${f.number(count)} ${pt.petition.unit(count, f)}`,
    progressLabel: (count, target, f) => `${f.number(count)} de ${f.number(target)} ${pt.petition.unit(target, f)}`,
    toGo: (remaining, target, f) =>
      f.plural(remaining, {
        one: `Falta ${f.number(remaining)} para chegar a ${f.number(target)}`,
        many: `Faltam ${f.number(remaining)} para chegar a ${f.number(target)}`,
        other: `Faltam ${f.number(remaining)} para chegar a ${f.number(target)}`,
      }),
    goal: (goal, f) => `Objetivo: ${f.number(goal)}`,
    goalReached: 'Objetivo alcançado — obrigado!',
    milestonesHeading: 'Marcos alcançados',
    celebration: (count, f) => `Já temos ${pt.petition.signatures(count, f)}! Obrigado.`,
    signHeading: 'Assine a petição',
    closedBody: 'Esta petição está encerrada. Obrigado a todas as pessoas que a assinaram.',
  },

  signing: {
    name: 'O seu nome',
    email: 'Endereço de e-mail',
    postcode: 'Código postal',
    country: 'País',
    countryNotGiven: 'Não indicado',
    submit: 'Assinar a petição',
    submitting: 'A assinar…',
    thanksHeading: 'Obrigado por assinar!',
    thanksBody: (count, f) =>
      f.plural(count, {
        one: 'É a primeira pessoa a assinar.',
        many: `É uma das ${f.number(count)} de pessoas que assinaram.`,
        other: `É uma das ${f.number(count)} pessoas que assinaram.`,
      }),
    alreadySignedHeading: 'Já assinou',
    alreadySignedBody: 'Obrigado — a sua assinatura já tinha sido contada.',
    checkEmailHeading: 'Verifique o seu e-mail',
    checkEmailBody:
      'Enviámos-lhe um e-mail. Abra o link que contém e clique no botão para confirmar a sua assinatura: só conta depois de o fazer.',
    areaCount: (count, area, f) =>
      f.plural(count, {
        one: `Assinou ${f.number(count)} pessoa do círculo eleitoral de ${area}.`,
        many: `Assinaram ${f.number(count)} de pessoas do círculo eleitoral de ${area}.`,
        other: `Assinaram ${f.number(count)} pessoas do círculo eleitoral de ${area}.`,
      }),
  },

  share: {
    heading: 'Convide outras pessoas a participar',
    text: (title) => `Acabei de fazer a minha parte: ${title}. Também vai participar?`,
    copyLink: 'Copiar link',
    copied: 'Link copiado.',
    copyFallback: 'Copie este link:',
    email: 'Partilhar por e-mail',
    whatsapp: 'Partilhar no WhatsApp',
    x: 'Partilhar no X',
    facebook: 'Partilhar no Facebook',
  },

  letter: {
    postcodeHeading: 'Encontre o seu deputado',
    postcode: 'O seu código postal',
    postcodeHint: 'Serve para encontrarmos o seu deputado ou deputada (MP). Exemplo: SW1A 1AA.',
    findMp: 'Encontrar o meu deputado',
    finding: 'A procurar o seu deputado…',
    step: (step, total, f) => `Passo ${f.number(step)} de ${f.number(total)}`,
  },

  letterSteps: {
    postcodeNotFound: 'Não foi possível encontrar um deputado para esse código postal. Verifique-o e tente novamente.',
    lookupUnavailable: 'De momento, não é possível procurar deputados. Tente novamente dentro de alguns minutos.',
    mpIs: (name, party, constituency) => `Deputado(a) do seu círculo eleitoral: ${name} (${party}), ${constituency}`,
    changePostcode: 'Alterar código postal',
    letterHeading: 'A sua carta',
    subject: 'Assunto',
    body: 'Carta',
    nudge:
      'Os deputados dão mais atenção às cartas escritas pelos eleitores com as suas próprias palavras. Acrescente uma ou duas frases sobre a importância que isto tem para si.',
    continue: 'Continuar',
    back: 'Voltar',
    testMode: (mpName) => `Modo de teste: esta carta será enviada para si, não para ${mpName}.`,
    detailsHeading: 'Os seus dados',
    name: 'O seu nome',
    email: 'Endereço de e-mail',
    address: 'O seu endereço',
    addressHint:
      'Os deputados só respondem a pessoas que vivem no círculo eleitoral que representam, por isso pedem o seu endereço.',
    send: 'Enviar a minha carta',
    sending: 'A enviar…',
    sentHeading: 'Verifique o seu e-mail para confirmar',
    sentBody: (mpName) =>
      `Enviámos-lhe um link por e-mail. A sua carta segue para ${mpName} assim que o abrir e clicar no botão.`,
    nextStepsHeading: 'O que acontece a seguir',
    nextSteps: [
      'Abra o nosso e-mail, siga o link e clique no botão para confirmar.',
      'Enviamos a sua carta. A resposta do seu deputado chega diretamente a si.',
      'Peça aos seus amigos que também escrevam ao deputado deles: cada carta conta.',
    ],
    mpEmailUnavailable: (mpName) =>
      `Não podemos enviar um e-mail a ${mpName} em seu nome: não publica nenhum endereço de e-mail.`,
    contactPage: (mpName) => `Escreva a ${mpName} através da respetiva página de contacto`,
    mailtoFallback: 'Ou envie a carta a partir do seu próprio e-mail',
  },
};

export default pt;
