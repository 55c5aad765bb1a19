import { createServer } from 'node:http';

import { HttpError, NotFoundError } from './errors.js';
import { bodyParser } from './middleware/bodyParser.js';
import cors from './middleware/cors.mjs';
import { logger } from './middleware/logger.js';
import { Request } from './request.js';
import { Response } from './response.js';
import { Router } from './router.js';
import { toInt } from './utils/query.mjs';
import { renderStatusPage } from './views/StatusPage.js';

export { HttpError, Request, Response, Router, bodyParser, cors, logger };

/**
 * Wrap a router in a Node HTTP server.
 * @param {Router} router
 * @param {{trustProxy?: boolean}} [options]
 */
export function serve(router, { trustProxy = false } = {}) {
  return createServer((rawReq, rawRes) => {
    const req = new Request(rawReq, { trustProxy });
    const res = new Response(rawRes);
    router.handle(req, res).catch((err) => {
      console.error('unhandled router failure', err);
      if (!res.sent) res.sendStatus(500);
    });
  });
}

/** A small demo API used by `node src/index.js`. */
export function createDemoApp() {
  const todos = new Map([[1, { id: 1, title: 'Write router', done: true }]]);
  let nextId = 2;

  const api = new Router({ prefix: '/api' });
  api.get('/todos', (req, res) => {
    const limit = toInt(req.query.limit, 50);
    res.json([...todos.values()].slice(0, limit));
  });
  api.get('/todos/:id(\\d+)', (req, res) => {
    const todo = todos.get(Number(req.params.id));
    if (!todo) throw new NotFoundError(req.path);
    res.json(todo);
  });
  api.post('/todos', (req, res) => {
    const { title, done = false } = req.body ?? {};
    if (typeof title !== 'string' || !title.trim()) throw new HttpError(400, 'title is required');
    const todo = { id: nextId++, title: title.trim(), done: Boolean(done) };
    todos.set(todo.id, todo);
    res.status(201).set('location', `/api/todos/${todo.id}`).json(todo);
  });

  const app = new Router();
  app.use(logger('dev')).use(cors()).use(bodyParser({ strict: true }));
  app.use((err, req, res, next) => {
    if (req.accepts('text/html') && err.status === 404) {
      res.status(404).html(renderStatusPage({ status: 404, message: err.message, routes: app.routes }));
    }
    next();
  });
  app.get('/health', (req, res) => res.json({ ok: true, uptime: process.uptime() }));
  app.use(api);
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = toInt(process.env.PORT, 3000);
  serve(createDemoApp()).listen(port, () => console.log(`listening on http://localhost:${port}`));
}
