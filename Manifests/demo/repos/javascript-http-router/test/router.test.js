import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { Router } from '../src/router.js';
import { compilePattern, Route } from '../src/route.js';
import { parseQuery, stringifyQuery } from '../src/utils/query.mjs';

/** Minimal fake of the response object, recording what the router sends. */
class FakeResponse {
  statusCode = 200;
  headers = new Map();
  sent = false;
  body = null;

  status(code) { this.statusCode = code; return this; }
  set(name, value) { this.headers.set(name, value); return this; }
  send(body = '') { this.body = body; this.sent = true; return this; }
  json(data) { return this.send(JSON.parse(JSON.stringify(data))); }
}

const request = (method, path, extra = {}) => ({ method, path, query: {}, headers: {}, ...extra });

describe('compilePattern', () => {
  it('extracts named and custom params', () => {
    const { regex, keys } = compilePattern('/users/:id(\\d+)/files/*rest');
    assert.deepEqual(keys, ['id', 'rest']);
    assert.ok(regex.test('/users/42/files/a/b.txt'));
    assert.equal(regex.test('/users/abc/files/x'), false);
  });

  it('builds urls back from params', () => {
    const route = new Route('get', '/posts/:slug', []);
    assert.equal(route.url({ slug: 'hello world' }), '/posts/hello%20world');
    assert.throws(() => route.url({}), /missing param "slug"/);
  });
});

describe('Router', () => {
  it('runs middleware then the matching handler', async () => {
    const router = new Router();
    const seen = [];
    router.use(async (req, res, next) => { seen.push('mw'); await next(); });
    router.get('/items/:id', (req, res) => { seen.push(req.params.id); res.json({ id: req.params.id }); });

    const res = new FakeResponse();
    await router.handle(request('GET', '/items/7'), res);
    assert.deepEqual(seen, ['mw', '7']);
    assert.deepEqual(res.body, { id: '7' });
  });

  it('answers 405 with an allow header', async () => {
    const router = new Router();
    router.post('/login', (req, res) => res.send('ok'));
    const res = new FakeResponse();
    await router.handle(request('GET', '/login'), res);
    assert.equal(res.statusCode, 405);
    assert.equal(res.headers.get('allow'), 'POST');
  });

  it('answers 404 for unknown paths', async () => {
    const res = new FakeResponse();
    await new Router().handle(request('GET', '/nope'), res);
    assert.equal(res.statusCode, 404);
    assert.match(res.body.error, /No route matches/);
  });
});

describe('query strings', () => {
  it('round-trips arrays and plain values', () => {
    const query = { q: 'a b', tag: ['x', 'y'] };
    const text = stringifyQuery(query);
    assert.equal(text, '?q=a%20b&tag%5B%5D=x&tag%5B%5D=y');
    assert.deepEqual({ ...parseQuery(text) }, query);
  });
});
