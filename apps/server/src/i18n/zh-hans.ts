import type { SupporterTexts } from './supporter-texts.js';

/** Chinese, Simplified (简体中文): addresses the reader as “您”. Drafted without a native speaker: to be checked by a Chinese reviewer. */
const zhHans: SupporterTexts = {
  language: 'zh-Hans',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: '您好：',
    signatureThanks: {
      subject: (title) => `感谢您的签名：${title}`,
      counted: (title) => `感谢您签署请愿“${title}”。您的签名已被计入。`,
      share: (url) => `请分享给朋友：${url}`,
      why: '因为有人使用此邮箱地址签名，您才会收到这封邮件，且仅此一封。只有在您选择接收最新动态的情况下，我们才会再次给您写信。',
    },
    signatureConfirmation: {
      subject: (title) => `请确认您的签名：${title}`,
      open: (title) => `请确认您对“${title}”的签名：打开此链接，然后点击页面上的“确认”按钮。`,
      countsOnPress: (days) => `点击按钮后，您的签名才会被计入。此链接在${days}天内有效。`,
      ignore: '如果您没有签名，请忽略此邮件，不会计入任何签名。',
    },
    alreadySigned: {
      subject: (title) => `您已经签过名了：${title}`,
      body: (title) =>
        `有人再次使用此邮箱地址签署“${title}”。此地址之前已经签过名，该签名已被计入：您无需再做任何操作。`,
      ignore: '如果这不是您本人的操作，请忽略此邮件：一切都没有改变。',
    },
    letterConfirmation: {
      subject: (mpName) => `请确认您写给${mpName}的信`,
      open: (mpName, constituency, title) =>
        `请确认您的电子邮箱地址，以便我们为“${title}”活动将您的信发送给${constituency}选区的下议院议员${mpName}。请打开此链接，并点击页面上的按钮进行确认：`,
      testMode: '这封信是在处于测试模式的网站上撰写的：确认后，它将被发回给您，而不是发送给议员。',
      noCopy:
        '此邮件不会重复您的信件内容，以免有人利用我们的确认邮件将自己的文字发送给他人。您的信将按您所写的原样发送给您的议员。',
      ignore: (days) => `如果您没有写信，请忽略此邮件，不会发送任何内容。此链接在${days}天内有效。`,
    },
  },

  pages: {
    confirmSignatureTitle: '确认您的签名',
    signing: (title) => `您正在签署请愿“${title}”。`,
    countedOnPress: '点击按钮后，您的签名才会被计入。',
    confirmSignatureButton: '确认我的签名',
    confirmLetterTitle: '确认您的信',
    sendingTo: (recipient, title) => `您正在为“${title}”活动将信发送给${recipient}。`,
    mpFor: (mpName, constituency) => `${constituency}选区的下议院议员${mpName}`,
    yourMp: '您的议员',
    testMode: '这封信是在处于测试模式的网站上撰写的：它将被发回给您，而不是发送给议员。',
    nothingSentUntilPress: '在您点击按钮之前，不会发送任何内容。',
    sendLetterButton: (mpName) => `将我的信发送给${mpName}`,
    confirmLetterButton: '确认我的信',
    linkWorksUntil: (date) => `此链接的有效期至${date}。`,
    alreadyConfirmedTitle: '已确认',
    alreadyConfirmed: '您已经确认过了。谢谢！',
    expiredTitle: '链接已过期',
    expired: (title) => `“${title}”的确认链接已过期，因此没有计入或发送任何内容。`,
    signAgain: '如果您仍然愿意，请重新签署请愿。',
    writeAgain: '如果您仍然愿意，请重新写信。',
    confirmedTitle: '已确认',
    counted: '谢谢：您的签名已确认并计入。',
    queued: '谢谢：您的信已确认，正在发送中。',
    notConfirmedTitle: '未确认',
    invalidLink: '此确认链接无效。',
    expiredLink: '此确认链接已过期。请重新签名或写信。',
  },
};

export default zhHans;
