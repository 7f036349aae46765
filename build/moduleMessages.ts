import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSync, Visitor, type Plugin } from 'vite';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The app's own modules; node_modules and tests bring no messages. */
const SOURCES = [`${ROOT}client/`, `${ROOT}shared/`];
const I18N = `${ROOT}shared/i18n/`;
const ENGLISH = `${I18N}en.json`;
/** Where a message is registered in the browser: a leaf module (it imports nothing at load). */
const REGISTRY = `${I18N}catalogues.browser.ts`;
/** One module per English message: `import 'en-message:role.parent'`. */
const PREFIX = 'en-message:';

/** A prefix that builds ids, such as 'errors.' (no spaces: a sentence ending in a full stop is not one). */
const ID_PREFIX = /^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*\.$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ids of the English messages a module's source names, from the catalogue's `keys`:
 * - a string literal that is an id: `t('login.title')`, `<T id="login.title" />`, `msg('plan.who.required')`;
 * - a template literal whose text starts with part of an id: `role.${r}`, `agenda.step.${id}.title`, every
 *   id of that shape;
 * - a string literal that is the start of ids, ending in '.': every id it starts, so a module declares
 *   messages it shows by id from outside its code (`usesMessages('errors.')`, see shared/i18n/messages.ts).
 * Comments do not count.
 */
export function findMessageIds(code: string, filename: string, keys: readonly string[]): Set<string> {
  const found = new Set<string>();
  const known = new Set(keys);
  const patterns: RegExp[] = [];
  const literal = (value: string) => {
    if (known.has(value)) found.add(value);
    else if (ID_PREFIX.test(value)) patterns.push(new RegExp(`^${escape(value)}`));
  };
  const { program } = parseSync(filename, code);
  new Visitor({
    Literal(node) {
      if (typeof node.value === 'string') literal(node.value);
    },
    TemplateLiteral(node) {
      const parts = node.quasis.map((q) => q.value.cooked ?? q.value.raw);
      if (parts.length === 1) literal(parts[0]!);
      // The text before the first value must name a namespace, or `h${level}` would take every id starting with h.
      else if (parts[0]!.includes('.')) patterns.push(new RegExp(`^${parts.map(escape).join('.+')}$`));
    },
  }).visit(program);
  for (const p of patterns) for (const k of keys) if (p.test(k)) found.add(k);
  return found;
}

/**
 * The browser's English messages travel with the code that names them (issue 15: a phone downloads the
 * messages of its own screens, not all 1,800). Every client/ and shared/ module imports one small module per
 * message it names (found by `findMessageIds`), which adds that message to the registry `catalogue('en')`
 * returns. Imports run before the module's own code, so its messages are there before it can show one;
 * a message several chunks use is one module the bundler places once, where they all can reach it.
 *
 * Messages reach the browser already parsed (FormatJS's syntax tree, as JSON), so the ICU parser (~8 kB
 * gzipped) stays out of the app; the Welsh catalogue too, as one chunk fetched when a device needs Welsh.
 * Node (server, tests, vitest) keeps the plain catalogues whole (catalogues.node.ts).
 */
export function moduleMessages(): Plugin {
  let english: Record<string, string> = {};
  let keys: string[] = [];
  return {
    name: 'module-messages',
    enforce: 'pre',
    buildStart() {
      english = JSON.parse(readFileSync(ENGLISH, 'utf8')) as Record<string, string>;
      keys = Object.keys(english);
      this.addWatchFile(ENGLISH);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (id.startsWith(PREFIX)) {
        const key = id.slice(PREFIX.length);
        const tree = parse(english[key]!);
        // Plain text (most messages) goes as the string: the registry makes its one-node tree.
        const message = tree.length === 1 && tree[0]!.type === TYPE.literal ? tree[0]!.value : tree;
        const code = `import { addEnglish } from ${JSON.stringify(REGISTRY)};\naddEnglish(${JSON.stringify(key)}, ${JSON.stringify(message)});\n`;
        return { code, map: { version: 3, sources: [id], sourcesContent: [code], mappings: 'AAAA;AACA', names: [] } };
      }
      if (id === ENGLISH) this.error('The English catalogue is not imported whole in the browser: its messages come with the modules that use them (build/moduleMessages.ts).');
      if (id === `${I18N}cy.json`) {
        const messages = JSON.parse(readFileSync(id, 'utf8')) as Record<string, string>;
        return JSON.stringify(Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, parse(v)])));
      }
      return null;
    },
    transform: {
      filter: { id: /\.tsx?$/ },
      handler(code, id) {
        if (!SOURCES.some((dir) => id.startsWith(dir)) || id === REGISTRY) return null;
        const ids = findMessageIds(code, id, keys);
        if (ids.size === 0) return null;
        // Appended, so no line of the module moves (its source map holds); imports run first wherever they stand.
        const imports = [...ids].sort().map((k) => `import ${JSON.stringify(PREFIX + k)};`);
        return { code: `${code}\n${imports.join('\n')}\n`, map: null };
      },
    },
  };
}
