import type { SupporterTexts } from './supporter-texts.js';

/** “N diwrnod”: Welsh nouns after numerals stay singular, and “dau” (2) softens the next word. */
const diwrnodau = (days: number) => `${days} ${days === 2 ? 'ddiwrnod' : 'diwrnod'}`;

/** Welsh (Cymraeg), in the words of the widgets’ catalogue. Drafted without a native speaker: to be checked by a Welsh reviewer. */
const cy: SupporterTexts = {
  language: 'cy',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: 'Helo,',
    signatureThanks: {
      subject: (title) => `Diolch am lofnodi: ${title}`,
      counted: (title) => `Diolch am lofnodi’r ddeiseb “${title}”. Mae eich llofnod wedi’i gyfrif.`,
      share: (url) => `Rhannwch hi gyda ffrindiau: ${url}`,
      why: 'Rydych chi’n cael yr un e-bost hwn oherwydd bod y cyfeiriad hwn wedi’i ddefnyddio i lofnodi. Dim ond os gofynnoch chi am y newyddion diweddaraf y byddwn ni’n ysgrifennu eto.',
    },
    signatureConfirmation: {
      subject: (title) => `Cadarnhewch eich llofnod: ${title}`,
      open: (title) =>
        `Cadarnhewch eich llofnod ar “${title}”: agorwch y ddolen hon a phwyswch y botwm Cadarnhau ar y dudalen.`,
      countsOnPress: (days) =>
        `Bydd eich llofnod yn cyfrif unwaith y byddwch chi’n pwyso’r botwm. Mae’r ddolen yn gweithio am ${diwrnodau(days)}.`,
      ignore: 'Os na wnaethoch chi lofnodi, anwybyddwch yr e-bost hwn ac ni fydd dim yn cael ei gyfrif.',
    },
    alreadySigned: {
      subject: (title) => `Rydych chi eisoes wedi llofnodi: ${title}`,
      body: (title) =>
        `Cafodd y cyfeiriad hwn ei ddefnyddio eto i lofnodi “${title}”. Roedd eisoes wedi llofnodi, ac mae’r llofnod hwnnw wedi’i gyfrif: does dim byd arall i’w wneud.`,
      ignore: 'Os nad chi oedd hyn, anwybyddwch yr e-bost hwn: does dim byd wedi newid.',
    },
    letterConfirmation: {
      subject: (mpName) => `Cadarnhewch eich llythyr at ${mpName}`,
      open: (mpName, constituency, title) =>
        `Cadarnhewch eich cyfeiriad e-bost er mwyn i ni allu anfon eich llythyr at ${mpName}, AS dros ${constituency}, ar gyfer yr ymgyrch “${title}”. Agorwch y ddolen hon a phwyswch y botwm ar y dudalen i gadarnhau:`,
      testMode:
        'Cafodd y llythyr hwn ei ysgrifennu ar wefan yn y modd prawf: unwaith y byddwch chi’n cadarnhau, bydd yn cael ei anfon yn ôl atoch chi, nid at yr AS.',
      noCopy:
        'Dydy’r e-bost hwn ddim yn ailadrodd eich llythyr, fel na all neb ddefnyddio ein negeseuon e-bost cadarnhau i anfon eu geiriau at rywun arall. Bydd eich llythyr yn mynd at eich AS yn union fel y gwnaethoch chi ei ysgrifennu.',
      ignore: (days) =>
        `Os na wnaethoch chi ysgrifennu llythyr, anwybyddwch yr e-bost hwn ac ni fydd dim yn cael ei anfon. Mae’r ddolen yn gweithio am ${diwrnodau(days)}.`,
    },
  },

  pages: {
    confirmSignatureTitle: 'Cadarnhewch eich llofnod',
    signing: (title) => `Rydych chi’n llofnodi’r ddeiseb “${title}”.`,
    countedOnPress: 'Bydd eich llofnod yn cael ei gyfrif unwaith y byddwch chi’n pwyso’r botwm.',
    confirmSignatureButton: 'Cadarnhau fy llofnod',
    confirmLetterTitle: 'Cadarnhewch eich llythyr',
    sendingTo: (recipient, title) => `Rydych chi’n anfon eich llythyr at ${recipient}, ar gyfer yr ymgyrch “${title}”.`,
    mpFor: (mpName, constituency) => `${mpName}, AS dros ${constituency}`,
    yourMp: 'eich AS',
    testMode:
      'Cafodd y llythyr hwn ei ysgrifennu ar wefan yn y modd prawf: bydd yn cael ei anfon yn ôl atoch chi, nid at yr AS.',
    nothingSentUntilPress: 'Fydd dim byd yn cael ei anfon nes i chi bwyso’r botwm.',
    sendLetterButton: (mpName) => `Anfon fy llythyr at ${mpName}`,
    confirmLetterButton: 'Cadarnhau fy llythyr',
    linkWorksUntil: (date) => `Mae’r ddolen hon yn gweithio tan ${date}.`,
    alreadyConfirmedTitle: 'Wedi’i gadarnhau eisoes',
    alreadyConfirmed: 'Rydych chi eisoes wedi cadarnhau hyn. Diolch!',
    expiredTitle: 'Mae’r ddolen wedi dod i ben',
    expired: (title) =>
      `Mae’r ddolen gadarnhau hon ar gyfer “${title}” wedi dod i ben, felly chafodd dim byd ei gyfrif na’i anfon.`,
    signAgain: 'Os ydych chi’n dal eisiau gwneud hynny, llofnodwch y ddeiseb eto.',
    writeAgain: 'Os ydych chi’n dal eisiau gwneud hynny, ysgrifennwch eich llythyr eto.',
    confirmedTitle: 'Wedi’i gadarnhau',
    counted: 'Diolch: mae eich llofnod wedi’i gadarnhau a’i gyfrif.',
    queued: 'Diolch: mae eich llythyr wedi’i gadarnhau ac ar ei ffordd.',
    notConfirmedTitle: 'Heb ei gadarnhau',
    invalidLink: 'Dydy’r ddolen gadarnhau hon ddim yn ddilys.',
    expiredLink: 'Mae’r ddolen gadarnhau hon wedi dod i ben. Llofnodwch neu ysgrifennwch eto.',
  },
};

export default cy;
