import { fill, findText, press, tick, widgetRoot } from '../play/widget-queries.js';
import { supporter } from './supporter.js';

/** The form's first step, once it has loaded the campaign. */
export async function postcodeStep(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await widgetRoot(canvas, 'mp-email-form');
  await findText(root, 'Find your MP');
  await findText(root, 'Your postcode');
  return root;
}

/** Looks up the MP for `postcode`. */
export async function findMp(canvas: HTMLElement, postcode: string = supporter.postcode): Promise<ShadowRoot> {
  const root = await postcodeStep(canvas);
  await fill(root, 'Your postcode', postcode);
  await press(root, 'Find my MP');
  return root;
}

/** Through the postcode to the letter step: the MP found, and the letter filled with their name. */
export async function letterStep(canvas: HTMLElement, postcode?: string): Promise<ShadowRoot> {
  const root = await findMp(canvas, postcode);
  await findText(root, 'Your letter');
  await findText(root, 'Your MP is');
  return root;
}

/** Through the letter (unchanged) to the supporter's details. */
export async function detailsStep(canvas: HTMLElement, postcode?: string): Promise<ShadowRoot> {
  const root = await letterStep(canvas, postcode);
  await press(root, 'Continue');
  await findText(root, 'Your details');
  return root;
}

/** Fills in the details (consent ticked) without sending. */
export async function fillDetails(canvas: HTMLElement, postcode?: string): Promise<ShadowRoot> {
  const root = await detailsStep(canvas, postcode);
  await fill(root, 'Your name', supporter.name);
  await fill(root, 'Email address', supporter.email);
  await fill(root, 'Your address', supporter.address);
  await tick(root, 'I agree to the privacy notice');
  return root;
}

/** The whole way to pressing "Send my letter". */
export async function sendLetter(canvas: HTMLElement, postcode?: string): Promise<ShadowRoot> {
  const root = await fillDetails(canvas, postcode);
  await press(root, 'Send my letter');
  return root;
}
