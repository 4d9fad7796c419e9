/**
 * A small router: a table of path templates (`/rooms/{roomId}/participants`), each with a kind and its methods,
 * matched segment by segment. A path no template matches is a 404; a matched path with another method is a 405
 * with `Allow`, both as {@link ServiceError}s. Parameters are percent-decoded; the kind, the parameter names and
 * each method's operation are typed from the table, so a route handler reads `match.params.roomId` as a `string`.
 */
import { ServiceError } from './serviceError';

/** One row of the table. */
export interface RouteDefinition {
  /**
   * The template: literal segments, and `{name}` for a parameter (which matches any one segment, even empty). A
   * parameter may carry a literal tail, as in `{requestId}:cancel`: the segment must end with it, and the parameter
   * is what comes before.
   */
  readonly path: string;
  /**
   * The methods served, upper case, in the order `Allow` lists them: a list, or a record that names each method's
   * operation (an authorisation action, an operation id), which the match returns as `operation`.
   */
  readonly methods: readonly string[] | Readonly<Record<string, string>>;
}

/** The operation a route's `methods` attach to a method: the record's values, or `undefined` for a plain list. */
export type RouteOperation<Methods> = Methods extends readonly string[] ? undefined : Methods[keyof Methods];

/** The parameter names of a template: `'/rooms/{roomId}/participants'` → `'roomId'`. */
export type RouteParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? Name | RouteParamNames<Rest>
  : never;

/** What a request matched: the route's kind (its key in the table) and its decoded parameters. */
export type RouteMatch<Table extends Record<string, RouteDefinition>> = {
  [Kind in keyof Table & string]: {
    kind: Kind;
    method: string;
    operation: RouteOperation<Table[Kind]['methods']>;
    params: Readonly<Record<RouteParamNames<Table[Kind]['path']>, string>>;
  };
}[keyof Table & string];

/** Options of {@link createRouter}. */
export interface RouterOptions {
  /** The 404 answer. @default `NotFound`, "There is no {method} {path} here." */
  notFound?: (method: string, pathname: string) => ServiceError;
  /** The answer to a parameter that is not valid percent-encoding. @default 400 `BadRequest` */
  badParameter?: (name: string) => ServiceError;
}

/** A router over one table. */
export interface Router<Table extends Record<string, RouteDefinition>> {
  /**
   * Matches a request.
   * @throws {@link ServiceError} 404 for an unknown path, 405 with `Allow` for another method, the `badParameter`
   * answer for a parameter that cannot be decoded.
   */
  match(method: string, pathname: string): RouteMatch<Table>;
}

interface CompiledRoute {
  kind: string;
  segments: ReadonlyArray<{ literal: string } | { param: string; tail: string }>;
  /** Method → operation, in the table's order. */
  methods: ReadonlyMap<string, string | undefined>;
}

function compile(kind: string, definition: RouteDefinition): CompiledRoute {
  const segments = definition.path
    .split('/')
    .slice(1)
    .map((segment) => {
      const parts = /^\{(\w+)\}(.*)$/.exec(segment);
      return parts?.[1] === undefined ? { literal: segment } : { param: parts[1], tail: parts[2] ?? '' };
    });
  const methods: Array<[string, string | undefined]> = Array.isArray(definition.methods)
    ? definition.methods.map((method: string) => [method.toUpperCase(), undefined])
    : Object.entries(definition.methods).map(([method, operation]) => [method.toUpperCase(), operation]);
  return { kind, segments, methods: new Map(methods) };
}

/** Makes a router over `table` (route kind → template and methods); the first template that matches wins. */
export function createRouter<const Table extends Record<string, RouteDefinition>>(
  table: Table,
  options: RouterOptions = {},
): Router<Table> {
  const routes = Object.entries(table).map(([kind, definition]) => compile(kind, definition));
  const notFound =
    options.notFound ??
    ((method: string, pathname: string) =>
      new ServiceError(404, 'NotFound', `There is no ${method} ${pathname} here.`));
  const badParameter =
    options.badParameter ??
    ((name: string) => new ServiceError(400, 'BadRequest', `The ${name} in the path is not valid.`));

  return {
    match(method, pathname) {
      const upper = method.toUpperCase();
      const given = pathname.split('/').slice(1);
      for (const route of routes) {
        if (route.segments.length !== given.length) continue;
        const raw: Array<[string, string]> = [];
        const fits = route.segments.every((segment, index) => {
          const text = given[index] ?? '';
          if ('literal' in segment) return segment.literal === text;
          if (!text.endsWith(segment.tail)) return false;
          raw.push([segment.param, text.slice(0, text.length - segment.tail.length)]);
          return true;
        });
        if (!fits) continue;
        const params: Record<string, string> = {};
        for (const [name, text] of raw) {
          try {
            params[name] = decodeURIComponent(text);
          } catch {
            throw badParameter(name);
          }
        }
        if (!route.methods.has(upper)) {
          throw new ServiceError(405, 'MethodNotAllowed', `${upper} is not allowed here.`, {
            headers: { allow: [...route.methods.keys()].join(', ') },
          });
        }
        // The table's types say which parameters and operations each kind has; the compiled route holds exactly those.
        return { kind: route.kind, method: upper, operation: route.methods.get(upper), params } as RouteMatch<Table>;
      }
      throw notFound(upper, pathname);
    },
  };
}
