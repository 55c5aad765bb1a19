/**
 * Compiles path patterns such as `/users/:id(\d+)/posts/*rest` into matchers.
 */

const PARAM = /:([A-Za-z_][\w]*)(?:\(([^)]+)\))?|\*([A-Za-z_]\w*)?/g;

const escapeRegex = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

export function compilePattern(pattern) {
  const keys = [];
  let source = '';
  let lastIndex = 0;

  for (const match of pattern.matchAll(PARAM)) {
    const [whole, name, custom, splat] = match;
    source += escapeRegex(pattern.slice(lastIndex, match.index));
    if (name) {
      keys.push(name);
      source += `(${custom ?? '[^/]+'})`;
    } else {
      keys.push(splat ?? 'wildcard');
      source += '(.*)';
    }
    lastIndex = match.index + whole.length;
  }
  source += escapeRegex(pattern.slice(lastIndex));

  const trailing = pattern.endsWith('/') ? '' : '/?';
  return { regex: new RegExp(`^${source}${trailing}$`, 'i'), keys };
}

export class Route {
  #matcher;

  constructor(method, pattern, handlers, { name = null } = {}) {
    this.method = method.toUpperCase();
    this.pattern = pattern;
    this.handlers = handlers;
    this.name = name;
    this.#matcher = compilePattern(pattern);
  }

  get paramNames() {
    return [...this.#matcher.keys];
  }

  match(path) {
    const found = this.#matcher.regex.exec(path);
    if (!found) return null;
    return this.#matcher.keys.reduce((params, key, i) => {
      params[key] = decodeURIComponent(found[i + 1] ?? '');
      return params;
    }, {});
  }

  /** Build a concrete URL from params, e.g. route.url({ id: 7 }) -> "/users/7". */
  url(params = {}) {
    return this.pattern.replace(PARAM, (_, name, __, splat) => {
      const key = name ?? splat ?? 'wildcard';
      if (!(key in params)) throw new TypeError(`missing param "${key}" for ${this.pattern}`);
      return encodeURIComponent(String(params[key]));
    });
  }

  toString() {
    return `${this.method.padEnd(7)} ${this.pattern}`;
  }
}
