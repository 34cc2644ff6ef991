// Builds custom-elements.json (published with the package as `customElements`)
// from the elements' JSDoc: @summary @attr @prop @fires @slot @csspart @cssprop.
// Storybook's docs pages and playground controls are generated from it, as are
// editor hints in partners' IDEs. Run from this folder: `custom-elements-manifest analyze`.

/**
 * Tags are registered through the guarded `defineElement('tag', Class)` (never
 * `customElements.define` directly), which the analyzer does not recognise on
 * its own: this links each such call to its class, as a direct define would be.
 */
function placardDefineElement() {
  const definitions = [];
  return {
    name: 'placard-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      definitions.push({ tagName: tag.text, className: element.text, modulePath: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const { tagName, className, modulePath } of definitions) {
        const owner = modules.find((module) =>
          module.declarations?.some((declaration) => declaration.kind === 'class' && declaration.name === className),
        );
        if (!owner) continue;
        const declaration = owner.declarations.find((item) => item.kind === 'class' && item.name === className);
        declaration.customElement = true;
        declaration.tagName = tagName;
        const definer = modules.find((module) => module.path === modulePath);
        if (!definer) continue;
        definer.exports = (definer.exports ?? []).filter(
          (entry) => !(entry.kind === 'custom-element-definition' && entry.name === tagName),
        );
        definer.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: owner.path },
        });
      }
    },
  };
}

/** Integrators see the public API only: private and protected members, and `_`-prefixed ones, are left out. */
function publicMembersOnly() {
  return {
    name: 'placard-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('_') &&
              !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/test/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [placardDefineElement(), publicMembersOnly()],
};
