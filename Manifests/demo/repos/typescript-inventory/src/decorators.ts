/**
 * TypeScript 5 (standard) decorators used by the services.
 */

type Method<This, Args extends unknown[], R> = (this: This, ...args: Args) => R;

/** Logs calls and their duration; async methods are timed until they settle. */
export function logged<This, Args extends unknown[], R>(
  target: Method<This, Args, R>,
  context: ClassMethodDecoratorContext<This, Method<This, Args, R>>,
): Method<This, Args, R> {
  const name = String(context.name);
  return function (this: This, ...args: Args): R {
    const started = performance.now();
    const result = target.call(this, ...args);
    const done = () => console.debug(`[${name}] ${(performance.now() - started).toFixed(2)}ms`);
    if (result instanceof Promise) {
      result.finally(done);
    } else {
      done();
    }
    return result;
  };
}

/** Rejects calls whose numeric arguments are negative or not finite. */
export function nonNegative(...positions: number[]) {
  return function <This, Args extends unknown[], R>(
    target: Method<This, Args, R>,
    context: ClassMethodDecoratorContext<This, Method<This, Args, R>>,
  ): Method<This, Args, R> {
    return function (this: This, ...args: Args): R {
      for (const i of positions) {
        const value = args[i];
        if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
          throw new RangeError(`${String(context.name)}: argument ${i} must be a non-negative number`);
        }
      }
      return target.apply(this, args);
    };
  };
}

/** Serialises calls to an async method so they never overlap. */
export function serialized<This, Args extends unknown[], R>(
  target: Method<This, Args, Promise<R>>,
  _context: ClassMethodDecoratorContext<This, Method<This, Args, Promise<R>>>,
): Method<This, Args, Promise<R>> {
  let tail: Promise<unknown> = Promise.resolve();
  return function (this: This, ...args: Args): Promise<R> {
    const run = tail.then(() => target.apply(this, args));
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Seals instances once construction completes so no fields can be added later. */
export function sealed<T extends new (...args: any[]) => object>(value: T, _context: ClassDecoratorContext<T>) {
  return class extends value {
    constructor(...args: any[]) {
      super(...args);
      Object.seal(this);
    }
  };
}
