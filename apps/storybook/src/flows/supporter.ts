/** The made-up supporter every form story types in (example.org: never a real inbox). */
export const supporter = {
  name: 'Tenzin Dolma',
  email: 'tenzin@example.org',
  postcode: 'SW1A 1AA',
  address: '1 Example Street, London',
} as const;
