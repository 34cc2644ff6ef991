import { fill, findField, findText, press, tick, widgetRoot } from '../play/widget-queries.js';
import { supporter } from './supporter.js';

/** Waits for the counter to show its count, then returns its shadow root. */
export async function readyCounter(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await widgetRoot(canvas, 'petition-counter');
  await findText(root, /signatures/);
  return root;
}

/**
 * Waits for the signing form itself: the counter shows first and fetches the form's code
 * on intent or idle time, with a "Sign the petition" button in its place until then.
 */
export async function readySigningForm(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await readyCounter(canvas);
  await findField(root, 'Your name');
  return root;
}

/** Fills the signing form as a supporter would (consent ticked) without sending it. */
export async function fillSignature(canvas: HTMLElement, email: string = supporter.email): Promise<ShadowRoot> {
  const root = await readySigningForm(canvas);
  await fill(root, 'Your name', supporter.name);
  await fill(root, 'Email address', email);
  await fill(root, 'Postcode', supporter.postcode);
  await tick(root, 'I agree to the privacy notice');
  return root;
}

/** Fills and sends the signing form. */
export async function signPetition(canvas: HTMLElement, email?: string): Promise<ShadowRoot> {
  const root = await fillSignature(canvas, email);
  await press(root, /^Sign the petition$/);
  return root;
}
