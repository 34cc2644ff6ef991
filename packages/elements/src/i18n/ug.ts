import type { Catalogue } from './catalogue.js';

// Drafted without a native speaker: to be checked by a Uyghur reviewer. Least sure of: the terms for
// "petition" (تەلەپنامە), "widget" (قىستۇرما), "milestone" (مۇھىم باسقۇچ) and "update" (يېڭىلانما),
// and the wording of `petition.progressLabel`, `petition.toGo` and `letter.step`.
// Case suffixes are never attached to an inserted name or number, since their form follows the sound
// before them: names take postpositions (نامىغا, ئارقىلىق) or the genitive نىڭ, which never changes.

/** Uyghur (ئۇيغۇرچە), loaded on demand. Polite سىز forms; a noun after a number stays singular, so only the first-signer sentence needs `f.plural`. */
const ug: Catalogue = {
  locale: 'ug',
  dir: 'rtl',
  // Drafted without a native speaker: to be checked by a Uyghur reviewer.
  review: { status: 'draft' },
  months: [
    'يانۋار',
    'فېۋرال',
    'مارت',
    'ئاپرېل',
    'ماي',
    'ئىيۇن',
    'ئىيۇل',
    'ئاۋغۇست',
    'سېنتەبىر',
    'ئۆكتەبىر',
    'نويابىر',
    'دېكابىر',
  ],
  longDate: (day, monthName, year) => `${day}-${monthName}، ${year}`,

  common: {
    loading: 'يۈكلىنىۋاتىدۇ…',
    retry: 'قايتا سىناڭ',
    loadFailed: 'بۇ پائالىيەتنى ھازىرچە يۈكلىيەلمىدۇق.',
    notFound: 'بۇ پائالىيەتنى تاپالمىدۇق.',
    offline: 'تورغا ئۇلانمىغاندەك قىلىسىز. تور ئۇلىنىشىڭىزنى تەكشۈرۈپ، قايتا سىناڭ.',
    missingCampaign: 'بۇ قىستۇرمىدا قايسى پائالىيەتنى كۆرسىتىش كېرەكلىكى بەلگىلەنمىگەن.',
    errorSummaryTitle: 'بىر مەسىلە بار',
    rateLimited: (minutes, f) =>
      `يېقىندا ئۇرۇنۇش قېتىم سانى بەك كۆپ بولۇپ كەتتى. ${f.number(minutes)} مىنۇتتىن كېيىن قايتا سىناپ بېقىڭ.`,
    serverError: 'بىز تەرەپتە بىر خاتالىق كۆرۈلدى. يازغانلىرىڭىز يەنىلا مۇشۇ يەردە، شۇڭا قايتا سىناپ بېقىڭ.',
    notAllowed: 'بۇ قىستۇرما بۇ تور بېكەتتە جاۋاب قوبۇل قىلىشقا تەڭشەلمىگەن.',
    originNotAllowed:
      'بۇ تور بېكەت تېخى بۇ پائالىيەتكە تەڭشەلمىگەن، شۇڭا جاۋابىڭىزنى بۇ يەردىن ئەۋەتەلمەيمىز. بۇنى تور بېكەت ئىگىسىگە ئۇقتۇرۇپ قويۇڭ.',
    closed: 'بۇ پائالىيەت ئاخىرلاشتى. قاتناشقان ھەممەيلەنگە رەھمەت.',
    offlineQueued: 'سىز تورسىز ھالەتتە — تورغا قايتا ئۇلانغاندا ئەۋەتىمىز.',
    sendNow: 'ھازىر ئەۋەتىپ بېقىڭ',
    requiredMark: '(زۆرۈر)',
    optional: '(ئىختىيارى)',
    opensInNewTab: '(يېڭى بەتكۈچتە ئېچىلىدۇ)',
    honeypotLabel: 'بۇ كاتەكچىنى بوش قويۇڭ',
  },

  fields: {
    nameRequired: 'ئىسمىڭىزنى كىرگۈزۈڭ.',
    emailRequired: 'ئېلخەت ئادرېسىڭىزنى كىرگۈزۈڭ.',
    emailInvalid: 'ئېلخەت ئادرېسىنى name@example.org شەكلىدە كىرگۈزۈڭ.',
    emailNotAccepted:
      'بۇ تور بېكەت بىر قېتىملىق ئېلخەت مۇلازىمەتلىرىنىڭ ئادرېسلىرىنى قوبۇل قىلالمايدۇ. داۋاملىق ئىشلىتىدىغان ئادرېسىڭىزنى ئىشلىتىڭ.',
    postcodeRequired: 'پوچتا نومۇرىڭىزنى كىرگۈزۈڭ.',
    postcodeInvalid: 'ئەنگلىيەنىڭ پوچتا نومۇرىنى SW1A 1AA شەكلىدە كىرگۈزۈڭ.',
    countryInvalid: 'تىزىملىكتىن بىر دۆلەت تاللاڭ.',
    addressRequired: 'ئادرېسىڭىزنى كىرگۈزۈڭ.',
    subjectRequired: 'تېما كىرگۈزۈڭ.',
    bodyRequired: 'خېتىڭىزنى يېزىڭ.',
    consentRequired: 'داۋاملاشتۇرۇش ئۈچۈن شەخسىي مەخپىيەتلىك ئۇقتۇرۇشىغا قوشۇلۇڭ.',
    tooLong: (max, f) => `ئەڭ كۆپ بولغاندا ${f.number(max)} ھەرپ ئىشلىتىڭ.`,
    invalid: 'بۇ كاتەكچىنى تەكشۈرۈڭ.',
  },

  consent: {
    privacy: 'شەخسىي مەخپىيەتلىك ئۇقتۇرۇشىغا قوشۇلىمەن',
    privacyLink: 'شەخسىي مەخپىيەتلىك ئۇقتۇرۇشىنىڭ تولۇق نۇسخىسىنى ئوقۇڭ',
    updates: 'بۇ پائالىيەت ھەققىدىكى يېڭى ئۇچۇرلارنى ماڭا ئېلخەت ئارقىلىق ئەۋەتىڭ',
  },

  timeline: {
    label: 'پائالىيەت ۋاقىت جەدۋىلى',
    kinds: { milestone: 'مۇھىم باسقۇچ', news: 'خەۋەر', action: 'ھەرىكەت' },
    readMore: 'تولۇق ئوقۇش',
    showMore: 'تېخىمۇ كۆپ يېڭىلانما كۆرسىتىش',
    showMoreAgain: 'قايتا سىناڭ',
    loadingMore: 'تېخىمۇ كۆپ يېڭىلانما يۈكلىنىۋاتىدۇ…',
    empty: 'تېخى يېڭىلانما يوق.',
    loadFailed: 'پائالىيەتنىڭ يېڭىلانمىلىرىنى يۈكلىيەلمىدۇق.',
    newBadge: 'يېڭى',
    added: (title) => `يېڭى يېڭىلانما: ${title}`,
    updated: (title) => `يېڭىلانما ئۆزگەرتىلدى: ${title}`,
    deleted: 'بىر يېڭىلانما ئۆچۈرۈلدى.',
  },

  petition: {
    unit: () => 'ئىمزا',
    signatures: (count, f) => `${f.number(count)} ئىمزا`,
    progressLabel: (count, target, f) => `${f.number(target)} ئىمزادىن ${f.number(count)} ئىمزا`,
    toGo: (remaining, target, f) => `نىشان ${f.number(target)} — يەنە ${f.number(remaining)} قالدى`,
    goal: (goal, f) => `نىشان: ${f.number(goal)}`,
    goalReached: 'نىشانغا يەتتۇق — رەھمەت!',
    milestonesHeading: 'بىز يەتكەن مۇھىم باسقۇچلار',
    celebration: (count, f) => `${f.number(count)} ئىمزاغا يەتتۇق! رەھمەت.`,
    signHeading: 'تەلەپنامىگە ئىمزا قويۇڭ',
    closedBody: 'بۇ تەلەپنامە ئاخىرلاشتى. ئىمزا قويغان ھەممەيلەنگە رەھمەت.',
  },

  signing: {
    name: 'ئىسمىڭىز',
    email: 'ئېلخەت ئادرېسى',
    postcode: 'پوچتا نومۇرى',
    country: 'دۆلەت',
    countryNotGiven: 'كۆرسىتىلمىگەن',
    submit: 'تەلەپنامىگە ئىمزا قويۇش',
    submitting: 'ئىمزا قويۇلۇۋاتىدۇ…',
    thanksHeading: 'ئىمزا قويغىنىڭىزغا رەھمەت!',
    thanksBody: (count, f) =>
      f.plural(count, {
        one: 'سىز ئىمزا قويغان تۇنجى كىشى.',
        other: `سىز ئىمزا قويغان ${f.number(count)} كىشىنىڭ بىرى.`,
      }),
    alreadySignedHeading: 'سىز ئاللىبۇرۇن ئىمزا قويغانسىز',
    alreadySignedBody: 'رەھمەت — ئىمزايىڭىز ئاللىبۇرۇن ھېسابلانغان.',
    checkEmailHeading: 'ئېلخەت ساندۇقىڭىزنى تەكشۈرۈڭ',
    checkEmailBody:
      'سىزگە ئېلخەت ئەۋەتتۇق. ئۇنىڭدىكى ئۇلانمىنى ئېچىپ، ئىمزايىڭىزنى تەستىقلاش ئۈچۈن كۇنۇپكىنى بېسىڭ: شۇنداق قىلغاندىن كېيىن ئىمزايىڭىز ھېسابلىنىدۇ.',
    // A noun after a number stays singular in Uyghur: both forms read “N كىشى”.
    areaCount: (count, area, f) =>
      f.plural(count, {
        one: `${area} سايلام رايونىدىن ${f.number(count)} كىشى ئىمزا قويدى.`,
        other: `${area} سايلام رايونىدىن ${f.number(count)} كىشى ئىمزا قويدى.`,
      }),
  },

  share: {
    heading: 'باشقىلارنىمۇ قاتنىشىشقا چاقىرىڭ',
    text: (title) => `مەن ھازىرلا ھەرىكەتكە ئاتلاندىم: ${title}. سىزمۇ ماڭا قوشۇلامسىز؟`,
    copyLink: 'ئۇلانمىنى كۆچۈرۈش',
    copied: 'ئۇلانما كۆچۈرۈلدى.',
    copyFallback: 'بۇ ئۇلانمىنى كۆچۈرۈڭ:',
    email: 'ئېلخەت ئارقىلىق ھەمبەھىرلەش',
    whatsapp: 'WhatsApp ئارقىلىق ھەمبەھىرلەش',
    x: 'X ئارقىلىق ھەمبەھىرلەش',
    facebook: 'Facebook ئارقىلىق ھەمبەھىرلەش',
  },

  letter: {
    postcodeHeading: 'پارلامېنت ئەزايىڭىزنى تېپىڭ',
    postcode: 'پوچتا نومۇرىڭىز',
    postcodeHint: 'بۇ نومۇر ئارقىلىق ئەنگلىيە پارلامېنتىدىكى ئەزايىڭىزنى تاپىمىز. مەسىلەن: SW1A 1AA.',
    findMp: 'پارلامېنت ئەزايىمنى تېپىش',
    finding: 'پارلامېنت ئەزايىڭىز ئىزدىلىۋاتىدۇ…',
    step: (step, total, f) => `${f.number(step)}-باسقۇچ (جەمئىي ${f.number(total)})`,
  },

  letterSteps: {
    postcodeNotFound: 'بۇ پوچتا نومۇرىغا ماس كېلىدىغان پارلامېنت ئەزاسىنى تاپالمىدۇق. تەكشۈرۈپ، قايتا سىناڭ.',
    lookupUnavailable: 'ھازىر پارلامېنت ئەزالىرىنى ئىزدىيەلمەيمىز. بىر نەچچە مىنۇتتىن كېيىن قايتا سىناپ بېقىڭ.',
    mpIs: (name, party, constituency) => `پارلامېنت ئەزايىڭىز: ${name} (${party})، ${constituency}`,
    changePostcode: 'پوچتا نومۇرىنى ئۆزگەرتىش',
    letterHeading: 'خېتىڭىز',
    subject: 'تېما',
    body: 'خەت',
    nudge:
      'پارلامېنت ئەزالىرى ئۆز سايلىغۇچىلىرىنىڭ ئۆز سۆزى بىلەن يېزىلغان خەتلەرگە ئەڭ كۆپ ئەھمىيەت بېرىدۇ. بۇ ئىشنىڭ سىز ئۈچۈن نېمە ئۈچۈن مۇھىم ئىكەنلىكى ھەققىدە بىر-ئىككى جۈملە قوشۇڭ.',
    continue: 'داۋاملاشتۇرۇش',
    back: 'قايتىش',
    testMode: (mpName) => `سىناق ھالىتى: بۇ خەت ${mpName} نامىغا ئەمەس، ئۆزىڭىزگە ئەۋەتىلىدۇ.`,
    detailsHeading: 'ئۇچۇرلىرىڭىز',
    name: 'ئىسمىڭىز',
    email: 'ئېلخەت ئادرېسى',
    address: 'ئادرېسىڭىز',
    addressHint:
      'پارلامېنت ئەزالىرى پەقەت ئۆز سايلام رايونىدا ياشايدىغان كىشىلەرگىلا جاۋاب قايتۇرىدۇ، شۇڭا ئادرېسىڭىزنى سورايدۇ.',
    send: 'خېتىمنى ئەۋەتىش',
    sending: 'ئەۋەتىلىۋاتىدۇ…',
    sentHeading: 'تەستىقلاش ئۈچۈن ئېلخەت ساندۇقىڭىزنى تەكشۈرۈڭ',
    sentBody: (mpName) =>
      `سىزگە ئېلخەت ئارقىلىق بىر ئۇلانما ئەۋەتتۇق. ئۇنى ئېچىپ كۇنۇپكىنى باسقىنىڭىزدىن كېيىن، خېتىڭىز ${mpName} نامىغا ئەۋەتىلىدۇ.`,
    nextStepsHeading: 'كېيىن نېمە بولىدۇ',
    nextSteps: [
      'بىزدىن كەلگەن ئېلخەتنى ئېچىپ، ئۇلانمىغا كىرىڭ ۋە تەستىقلاش ئۈچۈن كۇنۇپكىنى بېسىڭ.',
      'بىز خېتىڭىزنى ئەۋەتىمىز. پارلامېنت ئەزايىڭىزنىڭ جاۋابى بىۋاسىتە سىزگە كېلىدۇ.',
      'دوستلىرىڭىزنىمۇ ئۆز پارلامېنت ئەزالىرىغا خەت يېزىشقا چاقىرىڭ: ھەر بىر خەتنىڭ ئەھمىيىتى بار.',
    ],
    mpEmailUnavailable: (mpName) =>
      `${mpName} نامىغا سىز ئۈچۈن ئېلخەت ئەۋەتەلمەيمىز: ئۇ ئېلخەت ئادرېسىنى ئاشكارىلىمىغان.`,
    contactPage: (mpName) => `${mpName} نىڭ ئالاقىلىشىش بېتى ئارقىلىق خەت يېزىڭ`,
    mailtoFallback: 'ياكى خەتنى ئۆزىڭىزنىڭ ئېلخەت ئادرېسىدىن ئەۋەتىڭ',
  },
};

export default ug;
