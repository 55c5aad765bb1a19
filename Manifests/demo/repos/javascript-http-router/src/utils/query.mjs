/**
 * Query-string helpers supporting repeated keys and bracket arrays: ?tag=a&tag=b&ids[]=1
 */

const decode = (value) => {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
};

export function parseQuery(search = '') {
  const result = Object.create(null);
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (!text) return result;

  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    let key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    const isArray = key.endsWith('[]');
    if (isArray) key = key.slice(0, -2);

    const existing = result[key];
    if (existing === undefined) {
      result[key] = isArray ? [value] : value;
    } else if (Array.isArray(existing)) {
      existing.push(value);
    } else {
      result[key] = [existing, value];
    }
  }
  return result;
}

export function stringifyQuery(params) {
  const parts = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    const name = Array.isArray(value) ? `${key}[]` : key;
    parts.push(...values.map((v) => `${encodeURIComponent(name)}=${encodeURIComponent(v)}`));
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

export const toInt = (value, fallback = 0) => {
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? fallback : n;
};

export const toBool = (value) => ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
