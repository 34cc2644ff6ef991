import type { SupporterTexts } from './supporter-texts.js';

/** Japanese (日本語): polite です/ます forms throughout. Drafted without a native speaker: to be checked by a Japanese reviewer. */
const ja: SupporterTexts = {
  language: 'ja',
  dir: 'ltr',
  review: { status: 'draft' },

  mail: {
    hello: 'こんにちは。',
    signatureThanks: {
      subject: (title) => `ご署名ありがとうございます：${title}`,
      counted: (title) => `請願「${title}」にご署名いただき、ありがとうございます。あなたの署名は集計されました。`,
      share: (url) => `ぜひ友人にも広めてください：${url}`,
      why: 'このアドレスで署名が行われたため、このメールを一度だけお送りしています。お知らせの受け取りを希望された場合を除き、今後ご連絡することはありません。',
    },
    signatureConfirmation: {
      subject: (title) => `署名の確定をお願いします：${title}`,
      open: (title) =>
        `「${title}」への署名を確定してください。このリンクを開き、ページ上の確定ボタンを押してください。`,
      countsOnPress: (days) => `ボタンを押した時点で署名が集計されます。リンクの有効期間は${days}日間です。`,
      ignore: '署名した覚えがない場合は、このメールを無視してください。何も集計されません。',
    },
    alreadySigned: {
      subject: (title) => `すでに署名済みです：${title}`,
      body: (title) =>
        `このアドレスで「${title}」への署名が再度行われました。このアドレスはすでに署名済みで、その署名は集計されています。これ以上の手続きは必要ありません。`,
      ignore: 'お心当たりがない場合は、このメールを無視してください。何も変更されていません。',
    },
    letterConfirmation: {
      subject: (mpName) => `${mpName}への手紙を確定してください`,
      open: (mpName, constituency, title) =>
        `キャンペーン「${title}」の手紙を${constituency}選挙区選出の下院議員、${mpName}にお送りするため、メールアドレスの確認をお願いします。このリンクを開き、ページ上のボタンを押して確定してください：`,
      testMode: 'この手紙はテストモードのサイトで書かれました。確定すると、議員ではなくあなた宛てに送り返されます。',
      noCopy:
        'このメールには手紙の内容を記載していません。私たちの確認メールを使って、他人に自分の文章を送りつけることができないようにするためです。手紙は、あなたが書いたとおりの内容で議員に届きます。',
      ignore: (days) =>
        `手紙を書いた覚えがない場合は、このメールを無視してください。何も送信されません。リンクの有効期間は${days}日間です。`,
    },
  },

  pages: {
    confirmSignatureTitle: '署名の確定',
    signing: (title) => `請願「${title}」に署名しようとしています。`,
    countedOnPress: 'ボタンを押した時点で署名が集計されます。',
    confirmSignatureButton: '署名を確定する',
    confirmLetterTitle: '手紙の確定',
    sendingTo: (recipient, title) => `キャンペーン「${title}」の手紙を${recipient}に送ろうとしています。`,
    mpFor: (mpName, constituency) => `${mpName}（${constituency}選挙区選出の下院議員）`,
    yourMp: 'お住まいの選挙区の下院議員',
    testMode: 'この手紙はテストモードのサイトで書かれました。議員ではなく、あなた宛てに送り返されます。',
    nothingSentUntilPress: 'ボタンを押すまで、何も送信されません。',
    sendLetterButton: (mpName) => `${mpName}に手紙を送る`,
    confirmLetterButton: '手紙を確定する',
    linkWorksUntil: (date) => `このリンクは${date}まで有効です。`,
    alreadyConfirmedTitle: '確定済み',
    alreadyConfirmed: 'すでに確定済みです。ありがとうございます！',
    expiredTitle: 'リンクの有効期限切れ',
    expired: (title) => `「${title}」の確認リンクは有効期限が切れているため、何も集計・送信されていません。`,
    signAgain: 'ご希望の場合は、もう一度請願に署名してください。',
    writeAgain: 'ご希望の場合は、もう一度手紙を書いてください。',
    confirmedTitle: '確定しました',
    counted: 'ありがとうございます。あなたの署名は確定し、集計されました。',
    queued: 'ありがとうございます。あなたの手紙は確定し、送信の手続きに入りました。',
    notConfirmedTitle: '確定できませんでした',
    invalidLink: 'この確認リンクは無効です。',
    expiredLink: 'この確認リンクは有効期限が切れています。もう一度署名するか、手紙を書いてください。',
  },
};

export default ja;
