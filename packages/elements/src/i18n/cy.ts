import type { Catalogue } from './catalogue.js';

/** Welsh (Cymraeg), loaded on demand. Nouns after numerals take the singular, and “dau” (2) softens the next word. */
const cy: Catalogue = {
  locale: 'cy',
  dir: 'ltr',
  // Some lines were drafted without a native speaker (marked below): to be checked by a Welsh reviewer.
  review: { status: 'draft' },
  months: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  longDate: (day, monthName, year) => `${day} ${monthName} ${year}`,

  common: {
    loading: 'Wrthi’n llwytho…',
    retry: 'Rhowch gynnig arall arni',
    loadFailed: 'Doedd dim modd llwytho’r ymgyrch hon ar hyn o bryd.',
    notFound: 'Doedd dim modd dod o hyd i’r ymgyrch hon.',
    offline: 'Mae’n ymddangos eich bod all-lein. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    missingCampaign: 'Dydy’r teclyn hwn ddim yn dweud pa ymgyrch i’w dangos.',
    errorSummaryTitle: 'Mae problem',
    rateLimited: (minutes, f) =>
      `Bu gormod o ymdrechion yn ddiweddar. Rhowch gynnig arall arni ymhen ${f.number(minutes)} ${f.plural(minutes, {
        two: 'funud',
        other: 'munud',
      })}.`,
    serverError:
      'Aeth rhywbeth o’i le ar ein hochr ni. Mae’r hyn a deipioch chi yma o hyd, felly rhowch gynnig arall arni.',
    notAllowed: 'Dydy’r teclyn hwn ddim wedi’i osod i dderbyn ymatebion ar y wefan hon.',
    // Drafted without a native speaker: to be checked by a Welsh reviewer.
    originNotAllowed:
      'Dydy’r wefan hon ddim wedi’i gosod ar gyfer yr ymgyrch hon eto, felly allwn ni ddim anfon eich ymateb o’r fan hon. Rhowch wybod i berchennog y wefan.',
    closed: 'Mae’r ymgyrch hon wedi cau. Diolch i bawb a gymerodd ran.',
    offlineQueued: 'Rydych chi all-lein — byddwn ni’n ei anfon pan fyddwch chi’n ôl ar-lein.',
    sendNow: 'Ceisio anfon nawr',
    requiredMark: '(gofynnol)',
    optional: '(dewisol)',
    opensInNewTab: '(yn agor mewn tab newydd)',
    honeypotLabel: 'Gadewch y maes hwn yn wag',
  },

  fields: {
    nameRequired: 'Rhowch eich enw.',
    emailRequired: 'Rhowch eich cyfeiriad e-bost.',
    emailInvalid: 'Rhowch gyfeiriad e-bost fel enw@example.org.',
    // Drafted without a native speaker: to be checked by a Welsh reviewer.
    emailNotAccepted:
      'Dydy’r wefan hon ddim yn gallu derbyn cyfeiriadau gan wasanaethau e-bost tafladwy. Defnyddiwch gyfeiriad rydych chi’n ei gadw.',
    postcodeRequired: 'Rhowch eich cod post.',
    postcodeInvalid: 'Rhowch god post yn y DU fel SW1A 1AA.',
    countryInvalid: 'Dewiswch wlad o’r rhestr.',
    addressRequired: 'Rhowch eich cyfeiriad.',
    subjectRequired: 'Rhowch bwnc.',
    bodyRequired: 'Ysgrifennwch eich llythyr.',
    consentRequired: 'Cytunwch â’r hysbysiad preifatrwydd i barhau.',
    tooLong: (max, f) => `Defnyddiwch ${f.number(max)} nod ar y mwyaf.`,
    invalid: 'Gwiriwch y maes hwn.',
  },

  consent: {
    privacy: 'Rwy’n cytuno â’r hysbysiad preifatrwydd',
    privacyLink: 'Darllenwch yr hysbysiad preifatrwydd llawn',
    updates: 'Anfonwch y newyddion diweddaraf am yr ymgyrch hon ataf drwy e-bost',
  },

  timeline: {
    label: 'Llinell amser yr ymgyrch',
    kinds: { milestone: 'Carreg filltir', news: 'Newyddion', action: 'Gweithredu' },
    readMore: 'Darllen mwy',
    showMore: 'Dangos rhagor o ddiweddariadau',
    showMoreAgain: 'Rhowch gynnig arall arni',
    loadingMore: 'Wrthi’n llwytho rhagor o ddiweddariadau…',
    empty: 'Does dim diweddariadau eto.',
    loadFailed: 'Doedd dim modd llwytho diweddariadau’r ymgyrch.',
    newBadge: 'Newydd',
    added: (title) => `Diweddariad newydd: ${title}`,
    updated: (title) => `Diweddariad wedi newid: ${title}`,
    deleted: 'Cafodd diweddariad ei ddileu.',
  },

  petition: {
    unit: (count, f) =>
      f.plural(count, {
        zero: 'llofnod',
        one: 'llofnod',
        two: 'lofnod',
        few: 'llofnod',
        many: 'llofnod',
        other: 'o lofnodion',
      }),
    signatures: (count, f) => `${f.number(count)} ${cy.petition.unit(count, f)}`,
    progressLabel: (count, target, f) => `${f.number(count)} allan o ${f.number(target)} o lofnodion`,
    toGo: (remaining, target, f) => `${f.number(remaining)} yn rhagor i gyrraedd ${f.number(target)}`,
    goal: (goal, f) => `Nod: ${f.number(goal)}`,
    goalReached: 'Rydyn ni wedi cyrraedd y nod — diolch!',
    milestonesHeading: 'Cerrig milltir a gyrhaeddwyd',
    celebration: (count, f) => `Rydyn ni wedi cyrraedd ${f.number(count)} o lofnodion! Diolch.`,
    signHeading: 'Llofnodwch y ddeiseb',
    closedBody: 'Mae’r ddeiseb hon wedi cau. Diolch i bawb a’i llofnododd.',
  },

  signing: {
    name: 'Eich enw',
    email: 'Cyfeiriad e-bost',
    postcode: 'Cod post',
    country: 'Gwlad',
    countryNotGiven: 'Heb ei nodi',
    submit: 'Llofnodi’r ddeiseb',
    submitting: 'Wrthi’n llofnodi…',
    thanksHeading: 'Diolch am lofnodi!',
    thanksBody: (count, f) =>
      f.plural(count, {
        one: 'Chi yw’r person cyntaf i lofnodi.',
        other: `Rydych chi’n un o ${f.number(count)} o bobl sydd wedi llofnodi.`,
      }),
    alreadySignedHeading: 'Rydych chi eisoes wedi llofnodi',
    alreadySignedBody: 'Diolch — roedd eich llofnod eisoes wedi’i gyfrif.',
    checkEmailHeading: 'Gwiriwch eich e-bost',
    checkEmailBody:
      'Rydyn ni wedi anfon e-bost atoch chi. Agorwch y ddolen ynddo a phwyswch y botwm i gadarnhau eich llofnod: bydd yn cyfrif unwaith y gwnewch chi hynny.',
    // Drafted without a native speaker: to be checked by a Welsh reviewer. “Person” mutates after
    // dau (berson) and tri or chwe (pherson); other numbers take “o bobl”.
    areaCount: (count, area, f) =>
      f.plural(count, {
        zero: `Does neb yn ${area} wedi llofnodi eto.`,
        one: `Mae ${f.number(count)} person yn ${area} wedi llofnodi.`,
        two: `Mae ${f.number(count)} berson yn ${area} wedi llofnodi.`,
        few: `Mae ${f.number(count)} pherson yn ${area} wedi llofnodi.`,
        many: `Mae ${f.number(count)} pherson yn ${area} wedi llofnodi.`,
        other: `Mae ${f.number(count)} o bobl yn ${area} wedi llofnodi.`,
      }),
  },

  share: {
    heading: 'Gofynnwch i eraill ymuno',
    text: (title) => `Rydw i newydd weithredu: ${title}. Wnewch chi ymuno â mi?`,
    copyLink: 'Copïo’r ddolen',
    copied: 'Mae’r ddolen wedi’i chopïo.',
    copyFallback: 'Copïwch y ddolen hon:',
    email: 'Rhannu drwy e-bost',
    whatsapp: 'Rhannu ar WhatsApp',
    x: 'Rhannu ar X',
    facebook: 'Rhannu ar Facebook',
  },

  letter: {
    postcodeHeading: 'Dewch o hyd i’ch AS',
    postcode: 'Eich cod post',
    postcodeHint: 'Rydyn ni’n ei ddefnyddio i ddod o hyd i’ch Aelod Seneddol (AS), er enghraifft SW1A 1AA.',
    findMp: 'Dod o hyd i’m AS',
    finding: 'Wrthi’n chwilio am eich AS…',
    step: (step, total, f) => `Cam ${f.number(step)} o ${f.number(total)}`,
  },

  letterSteps: {
    postcodeNotFound:
      'Doedd dim modd dod o hyd i AS ar gyfer y cod post hwnnw. Gwiriwch ef a rhowch gynnig arall arni.',
    lookupUnavailable: 'Allwn ni ddim chwilio am ASau ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.',
    mpIs: (name, party, constituency) => `Eich AS yw ${name} (${party}), ${constituency}`,
    changePostcode: 'Newid y cod post',
    letterHeading: 'Eich llythyr',
    subject: 'Pwnc',
    body: 'Llythyr',
    nudge:
      'Mae ASau yn rhoi’r sylw mwyaf i lythyrau yng ngeiriau eu hetholwyr eu hunain. Ychwanegwch frawddeg neu ddwy am pam mae hyn yn bwysig i chi.',
    continue: 'Parhau',
    back: 'Yn ôl',
    testMode: (mpName) => `Modd prawf: bydd y llythyr hwn yn cael ei anfon atoch chi, nid at ${mpName}.`,
    detailsHeading: 'Eich manylion',
    name: 'Eich enw',
    email: 'Cyfeiriad e-bost',
    address: 'Eich cyfeiriad',
    addressHint:
      'Dim ond pobl sy’n byw yn eu hetholaeth y mae ASau yn eu hateb, felly maen nhw’n gofyn am eich cyfeiriad.',
    send: 'Anfon fy llythyr',
    sending: 'Wrthi’n anfon…',
    sentHeading: 'Gwiriwch eich e-bost i gadarnhau',
    sentBody: (mpName) =>
      `Rydyn ni wedi anfon dolen atoch chi drwy e-bost. Bydd eich llythyr yn mynd at ${mpName} unwaith y byddwch chi’n agor y ddolen ac yn pwyso’r botwm.`,
    nextStepsHeading: 'Beth sy’n digwydd nesaf',
    nextSteps: [
      'Agorwch yr e-bost gennym ni, dilynwch y ddolen a phwyswch y botwm i gadarnhau.',
      'Rydyn ni’n anfon eich llythyr. Bydd ateb eich AS yn dod yn syth atoch chi.',
      'Gofynnwch i ffrindiau ysgrifennu at eu AS nhw hefyd: mae pob llythyr yn cyfrif.',
    ],
    mpEmailUnavailable: (mpName) =>
      `Allwn ni ddim anfon e-bost at ${mpName} ar eich rhan: dydyn nhw ddim yn cyhoeddi cyfeiriad e-bost.`,
    contactPage: (mpName) => `Ysgrifennwch at ${mpName} drwy eu tudalen gyswllt`,
    mailtoFallback: 'Neu anfonwch y llythyr o’ch cyfeiriad e-bost eich hun',
  },
};

export default cy;
