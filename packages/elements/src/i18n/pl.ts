import type { Catalogue } from './catalogue.js';

/**
 * Polish (polski), loaded on demand. Nouns after numbers take one/few/many forms (1 podpis, 2 podpisy,
 * 5 podpisów; fractions: 1,5 podpisu). The reader is addressed with “Ty” (imperatives, “Twój” capitalised
 * as a courtesy), and past tenses of the second person are avoided because they would mark the reader’s sex.
 * Names cannot be declined in code, so an MP’s name follows a colon or parentheses instead of “do …”.
 */
const pl: Catalogue = {
  locale: 'pl',
  dir: 'ltr',
  // Translated without a native speaker: to be checked by a Polish reviewer.
  review: { status: 'draft' },
  // Genitive, as in a written date: “7 grudnia 2026”.
  months: [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ],
  longDate: (day, monthName, year) => `${day} ${monthName} ${year}`,

  common: {
    loading: 'Ładowanie…',
    retry: 'Spróbuj ponownie',
    loadFailed: 'Nie udało się teraz wczytać tej kampanii.',
    notFound: 'Nie udało się znaleźć tej kampanii.',
    offline: 'Wygląda na to, że nie masz połączenia z internetem. Sprawdź połączenie i spróbuj ponownie.',
    missingCampaign: 'Ten widżet nie określa, którą kampanię ma pokazać.',
    errorSummaryTitle: 'Wystąpił problem',
    rateLimited: (minutes, f) =>
      `Przed chwilą było zbyt wiele prób. Spróbuj ponownie za ${f.plural(minutes, {
        one: `${f.number(minutes)} minutę`,
        few: `${f.number(minutes)} minuty`,
        many: `${f.number(minutes)} minut`,
        other: `${f.number(minutes)} minuty`,
      })}.`,
    serverError: 'Coś poszło nie tak po naszej stronie. Wpisany tekst nadal tu jest, więc spróbuj ponownie.',
    notAllowed: 'Ten widżet nie jest skonfigurowany do przyjmowania odpowiedzi w tej witrynie.',
    originNotAllowed:
      'Ta witryna nie jest jeszcze skonfigurowana dla tej kampanii, więc nie możemy stąd wysłać Twojej odpowiedzi. Daj znać właścicielowi witryny.',
    closed: 'Ta kampania jest zakończona. Dziękujemy wszystkim, którzy wzięli w niej udział.',
    offlineQueued: 'Jesteś offline — wyślemy to, gdy tylko wrócisz do sieci.',
    sendNow: 'Spróbuj wysłać teraz',
    requiredMark: '(wymagane)',
    optional: '(opcjonalne)',
    opensInNewTab: '(otwiera się w nowej karcie)',
    honeypotLabel: 'Pozostaw to pole puste',
  },

  fields: {
    nameRequired: 'Wpisz swoje imię i nazwisko.',
    emailRequired: 'Wpisz swój adres e-mail.',
    emailInvalid: 'Wpisz adres e-mail w postaci name@example.org.',
    emailNotAccepted:
      'Ta witryna nie przyjmuje adresów z usług jednorazowej poczty e-mail. Użyj adresu, z którego korzystasz na stałe.',
    postcodeRequired: 'Wpisz swój kod pocztowy.',
    postcodeInvalid: 'Wpisz brytyjski kod pocztowy, np. SW1A 1AA.',
    countryInvalid: 'Wybierz kraj z listy.',
    addressRequired: 'Wpisz swój adres.',
    subjectRequired: 'Wpisz temat.',
    bodyRequired: 'Napisz swój list.',
    consentRequired: 'Aby kontynuować, zaakceptuj informację o prywatności.',
    tooLong: (max, f) =>
      `Użyj maksymalnie ${f.plural(max, {
        one: `${f.number(max)} znak`,
        few: `${f.number(max)} znaki`,
        many: `${f.number(max)} znaków`,
        other: `${f.number(max)} znaku`,
      })}.`,
    invalid: 'Sprawdź to pole.',
  },

  consent: {
    privacy: 'Akceptuję informację o prywatności',
    privacyLink: 'Przeczytaj pełną informację o prywatności',
    updates: 'Chcę otrzymywać e-mailem aktualności o tej kampanii',
  },

  timeline: {
    label: 'Oś czasu kampanii',
    kinds: { milestone: 'Kamień milowy', news: 'Aktualności', action: 'Działanie' },
    readMore: 'Czytaj dalej',
    showMore: 'Pokaż więcej aktualizacji',
    showMoreAgain: 'Spróbuj ponownie',
    loadingMore: 'Wczytywanie kolejnych aktualizacji…',
    empty: 'Nie ma jeszcze żadnych aktualizacji.',
    loadFailed: 'Nie udało się wczytać aktualizacji kampanii.',
    newBadge: 'Nowe',
    added: (title) => `Nowa aktualizacja: ${title}`,
    updated: (title) => `Zmieniona aktualizacja: ${title}`,
    deleted: 'Usunięto aktualizację.',
  },

  petition: {
    unit: (count, f) => f.plural(count, { one: 'podpis', few: 'podpisy', many: 'podpisów', other: 'podpisu' }),
    signatures: (count, f) => `${f.number(count)} ${pl.petition.unit(count, f)}`,
    // After “z” the target is in the genitive: “z 1 podpisu”, “z 1000 podpisów”.
    progressLabel: (count, target, f) =>
      `${f.number(count)} z ${f.number(target)} ${f.plural(target, {
        one: 'podpisu',
        few: 'podpisów',
        many: 'podpisów',
        other: 'podpisu',
      })}`,
    toGo: (remaining, target, f) => `Do ${f.number(target)} brakuje jeszcze ${f.number(remaining)}`,
    goal: (goal, f) => `Cel: ${f.number(goal)}`,
    goalReached: 'Cel osiągnięty — dziękujemy!',
    milestonesHeading: 'Osiągnięte kamienie milowe',
    celebration: (count, f) => `Mamy już ${pl.petition.signatures(count, f)}! Dziękujemy.`,
    signHeading: 'Podpisz petycję',
    closedBody: 'Ta petycja jest zamknięta. Dziękujemy wszystkim, którzy ją podpisali.',
  },

  signing: {
    name: 'Imię i nazwisko',
    email: 'Adres e-mail',
    postcode: 'Kod pocztowy',
    country: 'Kraj',
    countryNotGiven: 'Nie podano',
    submit: 'Podpisz petycję',
    submitting: 'Podpisywanie…',
    thanksHeading: 'Dziękujemy za podpis!',
    thanksBody: (count, f) =>
      f.plural(count, {
        one: 'Jesteś pierwszą osobą, która podpisała petycję.',
        few: `Jesteś jedną z ${f.number(count)} osób, które podpisały petycję.`,
        many: `Jesteś jedną z ${f.number(count)} osób, które podpisały petycję.`,
        other: `Jesteś jedną z ${f.number(count)} osób, które podpisały petycję.`,
      }),
    alreadySignedHeading: 'Ta petycja ma już Twój podpis',
    alreadySignedBody: 'Dziękujemy — Twój podpis został już wcześniej policzony.',
    checkEmailHeading: 'Sprawdź swoją skrzynkę e-mail',
    checkEmailBody:
      'Wysłaliśmy do Ciebie e-mail. Otwórz zawarty w nim link i naciśnij przycisk, aby potwierdzić podpis: zostanie policzony, gdy to zrobisz.',
    // “Osoba” after a number: 1 osoba podpisała, 2–4 osoby podpisały, 5+ osób podpisało (fractions: osoby, podpisało).
    areaCount: (count, area, f) =>
      f.plural(count, {
        one: `${f.number(count)} osoba z okręgu wyborczego ${area} podpisała petycję.`,
        few: `${f.number(count)} osoby z okręgu wyborczego ${area} podpisały petycję.`,
        many: `${f.number(count)} osób z okręgu wyborczego ${area} podpisało petycję.`,
        other: `${f.number(count)} osoby z okręgu wyborczego ${area} podpisało petycję.`,
      }),
  },

  share: {
    heading: 'Zaproś innych do udziału',
    text: (title) => `Biorę udział w akcji: ${title}. Dołączysz do mnie?`,
    copyLink: 'Kopiuj link',
    copied: 'Link skopiowany.',
    copyFallback: 'Skopiuj ten link:',
    email: 'Udostępnij e-mailem',
    // “w serwisie/aplikacji” keeps the brand names undeclined.
    whatsapp: 'Udostępnij w aplikacji WhatsApp',
    x: 'Udostępnij w serwisie X',
    facebook: 'Udostępnij w serwisie Facebook',
  },

  letter: {
    postcodeHeading: 'Znajdź swojego posła',
    postcode: 'Twój kod pocztowy',
    postcodeHint: 'Na jego podstawie znajdziemy Twojego posła lub posłankę (MP). Przykład: SW1A 1AA.',
    findMp: 'Znajdź mojego posła',
    finding: 'Szukamy Twojego posła…',
    step: (step, total, f) => `Krok ${f.number(step)} z ${f.number(total)}`,
  },

  letterSteps: {
    postcodeNotFound: 'Nie udało się znaleźć posła dla tego kodu pocztowego. Sprawdź go i spróbuj ponownie.',
    lookupUnavailable: 'W tej chwili nie możemy wyszukiwać posłów. Spróbuj ponownie za kilka minut.',
    mpIs: (name, party, constituency) => `Twój poseł: ${name} (${party}), ${constituency}`,
    changePostcode: 'Zmień kod pocztowy',
    letterHeading: 'Twój list',
    subject: 'Temat',
    body: 'Treść listu',
    nudge:
      'Posłowie zwracają największą uwagę na listy napisane przez wyborców własnymi słowami. Dodaj zdanie lub dwa o tym, dlaczego ta sprawa jest dla Ciebie ważna.',
    continue: 'Dalej',
    back: 'Wstecz',
    testMode: (mpName) => `Tryb testowy: ten list zostanie wysłany do Ciebie, a nie do adresata (${mpName}).`,
    detailsHeading: 'Twoje dane',
    name: 'Imię i nazwisko',
    email: 'Adres e-mail',
    address: 'Twój adres',
    addressHint: 'Posłowie odpowiadają tylko osobom mieszkającym w ich okręgu wyborczym, dlatego proszą o Twój adres.',
    send: 'Wyślij mój list',
    sending: 'Wysyłanie…',
    sentHeading: 'Sprawdź e-mail, aby potwierdzić',
    sentBody: (mpName) =>
      `Wysłaliśmy Ci e-mailem link. Twój list trafi do adresata (${mpName}), gdy otworzysz link i naciśniesz przycisk.`,
    nextStepsHeading: 'Co dalej',
    nextSteps: [
      'Otwórz wiadomość od nas, przejdź pod link i naciśnij przycisk, aby potwierdzić.',
      'Wysyłamy Twój list. Odpowiedź posła trafi bezpośrednio do Ciebie.',
      'Poproś znajomych, by też napisali do swoich posłów: liczy się każdy list.',
    ],
    mpEmailUnavailable: (mpName) =>
      `Nie możemy wysłać e-maila w Twoim imieniu: ${mpName} nie podaje publicznie adresu e-mail.`,
    contactPage: (mpName) => `Napisz przez stronę kontaktową: ${mpName}`,
    mailtoFallback: 'Albo wyślij list ze swojego adresu e-mail',
  },
};

export default pl;
