import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { AuthService } from '../auth/auth.service.js';
import type { AppConfig } from '../config/app-config.js';
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
    subscriptions: { 'graphql-ws': true },
    formatError: (formatted, error) =>
      formatError(formatted, error, {
        exposeInternals: !config.isProduction,
        onInternal: (err) => logger.error({ err }, 'unhandled error in GraphQL resolver'),
      }),
    context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
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
