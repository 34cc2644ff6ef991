/**
 * Shadow-root ids of each field's control, keyed by the contract's field path.
 * On its own so a widget's first view can point at a field before the form's
 * code has loaded.
 */
export const controlId = (field: string): string => `field-${field.replace(/\W+/g, '-')}`;
