import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { AuthService } from '../auth/auth.service.js';
import type { AppConfig } from '../config/app-config.js';
import type { Actor } from './auth/actor.js';
import type { GqlContext } from './auth/gql-context.js';
import { DomainError } from './errors/domain-errors.js';
import { formatError } from './errors/format-error.js';

/** Apollo options: limits against abuse, error mapping, and the per-request context. */
export function graphqlOptions(config: AppConfig, auth: AuthService, logger: Logger): ApolloDriverConfig {
  // Apollo's own maxTokens answers 400 on parse; graphql-armor's answers 500 on Apollo 5.
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 20000 },
    maxDirectives: { n: 30 },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const { plugins, validationRules } = armor.protect();
  const format = (formatted: GraphQLFormattedError, error: unknown) =>
    formatError(formatted, error, {
      exposeInternals: !config.isProduction,
      onInternal: (err) => logger.error({ err }, 'unhandled error in GraphQL resolver'),
    });

  return {
    autoSchemaFile: true, // schema.gql is written by `npm run schema:emit` and checked by a test
    sortSchema: true,
    path: '/graphql',
    introspection: !config.isProduction,
    graphiql: !config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: 5000 },
    plugins: plugins as ApolloDriverConfig['plugins'],
    validationRules,
    subscriptions: { 'graphql-ws': subscriptionOptions(auth, format) },
    formatError: format,
    context: async (arg: { req: Request; res: Response } | WsContext): Promise<GqlContext> => {
      if ('extra' in arg) return subscriptionContext(arg);
      const { req, res } = arg;
      const header = req.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
      return {
        req,
        res,
        requestId: String((req as { id?: unknown }).id ?? randomUUID()),
        ip: req.ip ?? 'unknown',
        loaders: new Map(),
        cacheScope: (req as { cacheScope?: GqlContext['cacheScope'] }).cacheScope,
        actor: token ? await authenticateOr401(auth, token) : null,
      };
    },
  };
}

// An invalid token fails the whole request with 401 rather than silently reading as a visitor.
async function authenticateOr401(auth: AuthService, token: string) {
  try {
    return await auth.authenticate(token);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    throw new GraphQLError(err.message, { extensions: { code: err.code, reason: err.reason, http: { status: 401 } } });
  }
}

// graphql-ws: what the server keeps per connection, and the context handed to its hooks.
interface WsExtra {
  socket: { close(code: number, reason: string): void };
  request: IncomingMessage;
  actor?: Actor;
  token?: string;
}
interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: unknown;
}
type Format = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

const tokenOf = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || !value) return undefined;
  return value.startsWith('Bearer ') ? value.slice(7) : value;
};

/**
 * Subscriptions authenticate once, at connection, with the same access token as HTTP
 * (connectionParams.authorization); a connection without a valid one is closed (4403) before
 * any operation. Resolvers re-check the token and access on every event they deliver.
 */
function subscriptionOptions(auth: AuthService, format: Format) {
  const formatAll = (errors: readonly GraphQLError[]) => errors.map((e) => format(e.toJSON(), e));
  return {
    onConnect: async (ctx: WsContext): Promise<boolean> => {
      const token = tokenOf(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization);
      if (!token) return false;
      try {
        const extra = ctx.extra as WsExtra;
        extra.actor = await auth.authenticate(token);
        extra.token = token;
        return true;
      } catch (err) {
        if (err instanceof DomainError) return false;
        throw err;
      }
    },
    onNext: (_ctx: unknown, _id: unknown, _payload: unknown, _args: unknown, result: { errors?: readonly GraphQLError[] }) =>
      result.errors ? { ...result, errors: formatAll(result.errors) } : undefined,
    onError: (_ctx: unknown, _id: unknown, _payload: unknown, errors: readonly GraphQLError[]) => formatAll(errors),
  };
}

function subscriptionContext(ctx: WsContext): GqlContext {
  const extra = ctx.extra as WsExtra;
  return {
    requestId: randomUUID(),
    ip: extra.request.socket.remoteAddress ?? 'unknown',
    loaders: new Map(),
    actor: extra.actor ?? null,
    subscription: { token: extra.token ?? '', close: (code, reason) => extra.socket.close(code, reason) },
  };
}
