import { HttpError, MethodNotAllowedError, NotFoundError, isHttpError } from './errors.js';
import { Route } from './route.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/**
 * Express-like router: middleware chain plus method/path routes, with sub-router mounting.
 */
export class Router {
  constructor({ prefix = '', caseSensitive = false } = {}) {
    this.prefix = prefix.replace(/\/$/, '');
    this.caseSensitive = caseSensitive;
    this.routes = [];
    this.middleware = [];
    this.errorHandlers = [];

    for (const method of METHODS) {
      this[method.toLowerCase()] = (pattern, ...handlers) => this.add(method, pattern, ...handlers);
    }
  }

  add(method, pattern, ...handlers) {
    if (handlers.length === 0) throw new TypeError(`route ${method} ${pattern} has no handler`);
    const route = new Route(method, this.prefix + pattern, handlers.flat());
    this.routes.push(route);
    return route;
  }

  use(fn) {
    if (fn instanceof Router) {
      this.routes.push(...fn.routes.map((r) => new Route(r.method, this.prefix + r.pattern, r.handlers)));
    } else if (fn.length === 4) {
      this.errorHandlers.push(fn);
    } else {
      this.middleware.push(fn);
    }
    return this;
  }

  find(method, path) {
    const allowed = new Set();
    for (const route of this.routes) {
      const params = route.match(path);
      if (params === null) continue;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
        return { route, params };
      }
      allowed.add(route.method);
    }
    if (allowed.size > 0) throw new MethodNotAllowedError(method, [...allowed].sort());
    throw new NotFoundError(path);
  }

  async handle(req, res) {
    // Routing runs as the last step of the middleware chain so wrappers see its outcome.
    const dispatchRoute = async () => {
      const { route, params } = this.find(req.method, req.path);
      req.params = params;
      req.route = route;
      await this.#run(route.handlers, req, res);
      if (!res.sent) res.status(204).send();
    };
    try {
      await this.#run([...this.middleware, dispatchRoute], req, res);
    } catch (err) {
      await this.#fail(err, req, res);
    }
  }

  async #run(stack, req, res) {
    let index = -1;
    const dispatch = async (i) => {
      if (i <= index) throw new Error('next() called multiple times');
      index = i;
      const fn = stack[i];
      if (!fn || res.sent) return;
      await fn(req, res, () => dispatch(i + 1));
    };
    await dispatch(0);
  }

  async #fail(err, req, res) {
    for (const handler of this.errorHandlers) {
      await handler(err, req, res, () => {});
      if (res.sent) return;
    }
    const httpErr = isHttpError(err) ? err : new HttpError(500, err?.message);
    if (httpErr instanceof MethodNotAllowedError) res.set('allow', httpErr.allowed.join(', '));
    if (!res.sent) res.status(httpErr.status).json(httpErr);
  }

  listRoutes() {
    return this.routes.map(String).join('\n');
  }
}
