/**
 * An esbuild plugin that shrinks the static text of Lit's `css`, `html` and `svg`
 * tagged templates in @placard/elements' built files. esbuild minifies the code
 * around them but leaves template text as written, and the elements' styles and
 * markup are mostly indentation.
 *
 * Only the template text between `${…}` holes changes; the holes, their count and
 * their order stay as they are, so Lit sees the same bindings. Whitespace is only
 * ever collapsed to one space in markup (never removed), so text reads the same;
 * a template holding `<pre>` or `<textarea>` content, or CSS quoted strings, keeps
 * those parts byte for byte.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/** One piece of template text to rewrite: source offsets of the text between its delimiters. */
interface Piece {
  start: number;
  end: number;
  tag: string;
  first: boolean;
  last: boolean;
}

/** Finds every css/html/svg template's text pieces, nested ones included. */
function findPieces(file: ts.SourceFile): Piece[] {
  const pieces: Piece[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const tag = node.tag.text;
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        // `…`
        pieces.push({ start: template.getStart(file) + 1, end: template.end - 1, tag, first: true, last: true });
      } else {
        // `…${   then   }…${   …   }…`
        pieces.push({
          start: template.head.getStart(file) + 1,
          end: template.head.end - 2,
          tag,
          first: true,
          last: false,
        });
        template.templateSpans.forEach((span, index) => {
          const last = index === template.templateSpans.length - 1;
          const literal = span.literal;
          pieces.push({
            start: literal.getStart(file) + 1,
            end: literal.end - (last ? 1 : 2),
            tag,
            first: false,
            last,
          });
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return pieces;
}

// ASCII whitespace (never a no-break or thin space, which is content) not escaped by a
// backslash (a `\` + newline is a line continuation in a template).
const RUN_OF_SPACE = /(?<!\\)[ \t\n\r\f]+/g;

/** CSS text: comments dropped, whitespace collapsed, and removed next to punctuation; quoted strings untouched. */
export function minifyCssText(text: string, first: boolean, last: boolean): string {
  const parts = text.split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/);
  let out = parts
    .map((part, index) => {
      if (index % 2 === 1) return part; // a quoted string
      return part
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(RUN_OF_SPACE, ' ')
        .replace(/ ?([{};,]) ?/g, '$1')
        .replace(/: /g, ':')
        .replace(/ !important/g, '!important')
        .replace(/;}/g, '}');
    })
    .join('');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** Markup text: whitespace runs become one space, except inside `<pre>`/`<textarea>` content. */
export function minifyMarkupText(text: string, first: boolean, last: boolean): string {
  const parts = text.split(/(<(pre|textarea)\b[\s\S]*?<\/\2>)/i);
  let out = '';
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] ?? '';
    if (index % 3 === 1) out += part;
    else if (index % 3 === 0) out += part.replace(RUN_OF_SPACE, ' ');
  }
  // Space before a template's first tag or after its last is not rendered between blocks,
  // but a template may start or end inline text, so only a leading/trailing newline run goes.
  if (first && /^[ \t\r\n]*\n[ \t\r\n]*</.test(text)) out = out.replace(/^ /, '');
  if (last && />[ \t\r\n]*\n[ \t\r\n]*$/.test(text)) out = out.replace(/ $/, '');
  return out;
}

/** Rewrites the template text of one module's source. */
export function minifyTemplates(source: string, path = 'module.js'): string {
  const kind = path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, kind);
  const pieces = findPieces(file).sort((a, b) => b.start - a.start);
  let out = source;
  for (const piece of pieces) {
    const text = out.slice(piece.start, piece.end);
    // A `<pre>` or `white-space: pre…` whose text is split by holes cannot be judged piece by piece.
    if (/<pre\b|<textarea\b[^>]*>[^<]|white-space:\s*pre/i.test(text)) continue;
    const small =
      piece.tag === 'css'
        ? minifyCssText(text, piece.first, piece.last)
        : minifyMarkupText(text, piece.first, piece.last);
    out = out.slice(0, piece.start) + small + out.slice(piece.end);
  }
  return out;
}

/**
 * The plugin: applies to the JavaScript and TypeScript files whose path matches `filter`,
 * after `rewrite` when one is given (build.ts: re-exports for the chunk plan, inlined
 * lazy imports for the IIFE).
 */
export function minifyTemplatesPlugin(
  filter: RegExp,
  rewrite: (source: string, path: string) => string = (source) => source,
): Plugin {
  return {
    name: 'placard-minify-templates',
    setup(build) {
      build.onLoad({ filter, namespace: 'file' }, async ({ path }) => {
        const source = rewrite(await readFile(path, 'utf8'), path);
        return { contents: minifyTemplates(source, path), loader: path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}
