/**
 * The slice of a custom-elements manifest (schema 1.0) that Storybook's docs tables and
 * controls read: each element's attributes, members, events, slots, parts and custom properties.
 */
export interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  [key: string]: unknown;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  members?: ManifestMember[];
  [key: string]: unknown;
}

export interface CustomElementsManifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/**
 * Whether a member belongs in the docs tables and controls: a partner's page sets an
 * element's public instance properties. Static members (the version stamp, test hooks),
 * private, protected, `_` and `#` members, and methods (which Storybook has no row for)
 * are not. Members marked `@internal` or `@ignore` in JSDoc never reach the manifest.
 */
export function isPublicMember(member: ManifestMember): boolean {
  return (
    member.kind === 'field' &&
    !member.static &&
    (member.privacy ?? 'public') === 'public' &&
    !member.name.startsWith('_') &&
    !member.name.startsWith('#')
  );
}

/** The manifest with only the public members of each declaration (a copy; the input is left as it is). */
export function publicManifest<T extends CustomElementsManifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      ...(module.declarations && {
        declarations: module.declarations.map((declaration) =>
          declaration.members ? { ...declaration, members: declaration.members.filter(isPublicMember) } : declaration,
        ),
      }),
    })),
  };
}
