import type { SupporterTexts } from './supporter-texts.js';

/** Chinese, Traditional (繁體中文), for readers in Taiwan and Hong Kong: addresses the reader as “您”. Drafted without a native speaker: to be checked by a reviewer from Taiwan or Hong Kong. */
const zhHant: SupporterTexts = {
  language: 'zh-Hant',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: '您好：',
    signatureThanks: {
      subject: (title) => `感謝您的簽名：${title}`,
      counted: (title) => `感謝您簽署請願「${title}」。您的簽名已被計入。`,
      share: (url) => `請分享給朋友：${url}`,
      why: '因為有人使用此電子郵件地址簽名，您才會收到這封郵件，而且僅此一封。只有在您選擇接收最新消息的情況下，我們才會再次寫信給您。',
    },
    signatureConfirmation: {
      subject: (title) => `請確認您的簽名：${title}`,
      open: (title) => `請確認您對「${title}」的簽名：開啟此連結，然後按下頁面上的「確認」按鈕。`,
      countsOnPress: (days) => `按下按鈕後，您的簽名才會計入。此連結在${days}天內有效。`,
      ignore: '如果您沒有簽名，請忽略此郵件，不會計入任何簽名。',
    },
    alreadySigned: {
      subject: (title) => `您已經簽過名了：${title}`,
      body: (title) =>
        `有人再次使用此電子郵件地址簽署「${title}」。此地址先前已經簽過名，該簽名已被計入：您無需再做任何事。`,
      ignore: '如果這不是您本人的操作，請忽略此郵件：一切都沒有改變。',
    },
    letterConfirmation: {
      subject: (mpName) => `請確認您寫給${mpName}的信`,
      open: (mpName, constituency, title) =>
        `請確認您的電子郵件地址，以便我們為「${title}」活動將您的信寄給${constituency}選區的下議院議員${mpName}。請開啟此連結，並按下頁面上的按鈕進行確認：`,
      testMode: '這封信是在處於測試模式的網站上撰寫的：確認後，它將被寄回給您，而不是寄給議員。',
      noCopy:
        '此郵件不會重複您的信件內容，以免有人利用我們的確認郵件將自己的文字寄給他人。您的信將按照您所寫的原樣寄給您的議員。',
      ignore: (days) => `如果您沒有寫信，請忽略此郵件，不會寄出任何內容。此連結在${days}天內有效。`,
    },
  },

  pages: {
    confirmSignatureTitle: '確認您的簽名',
    signing: (title) => `您正在簽署請願「${title}」。`,
    countedOnPress: '按下按鈕後，您的簽名才會計入。',
    confirmSignatureButton: '確認我的簽名',
    confirmLetterTitle: '確認您的信',
    sendingTo: (recipient, title) => `您正在為「${title}」活動將信寄給${recipient}。`,
    mpFor: (mpName, constituency) => `${constituency}選區的下議院議員${mpName}`,
    yourMp: '您的議員',
    testMode: '這封信是在處於測試模式的網站上撰寫的：它將被寄回給您，而不是寄給議員。',
    nothingSentUntilPress: '在您按下按鈕之前，不會寄出任何內容。',
    sendLetterButton: (mpName) => `將我的信寄給${mpName}`,
    confirmLetterButton: '確認我的信',
    linkWorksUntil: (date) => `此連結的有效期限至${date}。`,
    alreadyConfirmedTitle: '已確認',
    alreadyConfirmed: '您已經確認過了。謝謝！',
    expiredTitle: '連結已過期',
    expired: (title) => `「${title}」的確認連結已過期，因此沒有計入或寄出任何內容。`,
    signAgain: '如果您仍然願意，請重新簽署請願。',
    writeAgain: '如果您仍然願意，請重新寫信。',
    confirmedTitle: '已確認',
    counted: '謝謝：您的簽名已確認並計入。',
    queued: '謝謝：您的信已確認，正在寄送中。',
    notConfirmedTitle: '未確認',
    invalidLink: '此確認連結無效。',
    expiredLink: '此確認連結已過期。請重新簽名或寫信。',
  },
};

export default zhHant;
