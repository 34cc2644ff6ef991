import type { Catalogue } from './catalogue.js';

/** Japanese (日本語), loaded on demand. Polite です/ます forms throughout; Japanese has no plural forms, so counts need no `f.plural`. */
const ja: Catalogue = {
  locale: 'ja',
  dir: 'ltr',
  // Drafted without a native speaker: to be checked by a Japanese reviewer.
  review: { status: 'draft' },
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  longDate: (day, monthName, year) => `${year}年${monthName}${day}日`,

  common: {
    loading: '読み込み中…',
    retry: 'もう一度試す',
    loadFailed: 'ただいまこのキャンペーンを読み込めませんでした。',
    notFound: 'このキャンペーンが見つかりませんでした。',
    offline: 'オフラインになっているようです。接続を確認して、もう一度お試しください。',
    missingCampaign: 'このウィジェットには、表示するキャンペーンが指定されていません。',
    errorSummaryTitle: '問題があります',
    rateLimited: (minutes, f) => `短時間に試行が多すぎました。${f.number(minutes)}分後にもう一度お試しください。`,
    serverError: 'こちら側で問題が発生しました。入力した内容はそのまま残っていますので、もう一度お試しください。',
    notAllowed: 'このウィジェットは、このウェブサイトで回答を受け付けるように設定されていません。',
    originNotAllowed:
      'このウェブサイトはまだこのキャンペーン用に設定されていないため、ここから回答を送信できません。ウェブサイトの管理者にお知らせください。',
    closed: 'このキャンペーンは終了しました。ご参加いただいた皆さま、ありがとうございました。',
    offlineQueued: 'オフラインです。接続が戻りしだい送信します。',
    sendNow: '今すぐ送信を試す',
    requiredMark: '（必須）',
    optional: '（任意）',
    opensInNewTab: '（新しいタブで開きます）',
    honeypotLabel: 'この欄は空欄のままにしてください',
  },

  fields: {
    nameRequired: 'お名前を入力してください。',
    emailRequired: 'メールアドレスを入力してください。',
    emailInvalid: 'name@example.org のような形式でメールアドレスを入力してください。',
    emailNotAccepted:
      'このサイトでは、使い捨てメールサービスのアドレスは受け付けられません。継続してお使いのアドレスをご利用ください。',
    postcodeRequired: '郵便番号を入力してください。',
    postcodeInvalid: 'SW1A 1AA のような英国の郵便番号を入力してください。',
    countryInvalid: 'リストから国を選んでください。',
    addressRequired: 'ご住所を入力してください。',
    subjectRequired: '件名を入力してください。',
    bodyRequired: '手紙の本文を書いてください。',
    consentRequired: '続けるには、プライバシーポリシーに同意してください。',
    tooLong: (max, f) => `${f.number(max)}文字以内で入力してください。`,
    invalid: 'この欄を確認してください。',
  },

  consent: {
    privacy: 'プライバシーポリシーに同意します',
    privacyLink: 'プライバシーポリシーの全文を読む',
    updates: 'このキャンペーンのお知らせをメールで受け取る',
  },

  timeline: {
    label: 'キャンペーンの歩み',
    kinds: { milestone: '節目', news: 'ニュース', action: 'アクション' },
    readMore: '続きを読む',
    showMore: 'お知らせをもっと見る',
    showMoreAgain: 'もう一度試す',
    loadingMore: 'お知らせをさらに読み込み中…',
    empty: 'まだお知らせはありません。',
    loadFailed: 'キャンペーンのお知らせを読み込めませんでした。',
    newBadge: '新着',
    added: (title) => `新しいお知らせ：${title}`,
    updated: (title) => `お知らせが更新されました：${title}`,
    deleted: 'お知らせが削除されました。',
  },

  petition: {
    unit: () => '筆の署名',
    signatures: (count, f) => `${f.number(count)}筆の署名`,
    progressLabel: (count, target, f) => `目標${f.number(target)}筆のうち${f.number(count)}筆の署名`,
    toGo: (remaining, target, f) => `${f.number(target)}筆まであと${f.number(remaining)}筆`,
    goal: (goal, f) => `目標：${f.number(goal)}`,
    goalReached: '目標を達成しました。ありがとうございます！',
    milestonesHeading: '達成した節目',
    celebration: (count, f) => `署名が${f.number(count)}筆に達しました！ありがとうございます。`,
    signHeading: '請願に署名する',
    closedBody: 'この請願は締め切られました。ご署名いただいた皆さま、ありがとうございました。',
  },

  signing: {
    name: 'お名前',
    email: 'メールアドレス',
    postcode: '郵便番号',
    country: '国',
    countryNotGiven: '指定なし',
    submit: '請願に署名する',
    submitting: '署名しています…',
    thanksHeading: 'ご署名ありがとうございます！',
    thanksBody: (count, f) => `あなたを含め、${f.number(count)}人が署名しています。`,
    alreadySignedHeading: 'すでに署名済みです',
    alreadySignedBody: 'ありがとうございます。あなたの署名はすでに集計されています。',
    checkEmailHeading: 'メールをご確認ください',
    checkEmailBody:
      'メールをお送りしました。メール内のリンクを開き、ボタンを押して署名を確定してください。確定した時点で署名が集計されます。',
    // No plural forms in Japanese.
    areaCount: (count, area, f) => `選挙区（${area}）では${f.number(count)}人が署名しています。`,
  },

  share: {
    heading: 'ほかの人にも参加を呼びかけましょう',
    text: (title) => `アクションに参加しました：${title}。あなたも一緒に参加しませんか？`,
    copyLink: 'リンクをコピー',
    copied: 'リンクをコピーしました。',
    copyFallback: 'このリンクをコピーしてください：',
    email: 'メールで共有',
    whatsapp: 'WhatsAppで共有',
    x: 'Xで共有',
    facebook: 'Facebookで共有',
  },

  letter: {
    postcodeHeading: 'お住まいの選挙区の下院議員を探す',
    postcode: '郵便番号',
    postcodeHint: 'お住まいの選挙区の英国下院議員を探すために使います。例：SW1A 1AA',
    findMp: '議員を探す',
    finding: '議員を探しています…',
    step: (step, total, f) => `ステップ${f.number(step)}／${f.number(total)}`,
  },

  letterSteps: {
    postcodeNotFound: 'その郵便番号に対応する議員が見つかりませんでした。郵便番号を確認して、もう一度お試しください。',
    lookupUnavailable: 'ただいま議員を検索できません。数分後にもう一度お試しください。',
    mpIs: (name, party, constituency) => `お住まいの選挙区（${constituency}）の下院議員は${name}（${party}）です`,
    changePostcode: '郵便番号を変更',
    letterHeading: 'お手紙',
    subject: '件名',
    body: '本文',
    nudge:
      '議員は、選挙区の有権者が自分の言葉で書いた手紙に最も注目します。この問題がなぜあなたにとって大切なのか、一言二言書き添えてください。',
    continue: '次へ',
    back: '戻る',
    testMode: (mpName) => `テストモード：この手紙は${mpName}ではなく、あなたに送信されます。`,
    detailsHeading: 'ご自身の情報',
    name: 'お名前',
    email: 'メールアドレス',
    address: 'ご住所',
    addressHint: '議員は自分の選挙区に住む人にしか返信しないため、ご住所をお尋ねしています。',
    send: '手紙を送る',
    sending: '送信しています…',
    sentHeading: 'メールを確認して送信を確定してください',
    sentBody: (mpName) => `リンクをメールでお送りしました。リンクを開いてボタンを押すと、手紙が${mpName}に送られます。`,
    nextStepsHeading: 'このあとの流れ',
    nextSteps: [
      '私たちからのメールを開き、リンクをたどって、ボタンを押して確定してください。',
      '私たちが手紙を送ります。議員からの返信は、あなたに直接届きます。',
      '友人にも、それぞれの選挙区の議員に手紙を書くよう呼びかけてください。一通一通が力になります。',
    ],
    mpEmailUnavailable: (mpName) =>
      `${mpName}はメールアドレスを公開していないため、あなたに代わってメールを送ることができません。`,
    contactPage: (mpName) => `${mpName}の問い合わせページから手紙を書く`,
    mailtoFallback: 'または、ご自身のメールから手紙を送る',
  },
};

export default ja;
