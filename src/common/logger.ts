import pino, { Logger } from 'pino';

/** Structured JSON logs; credentials never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.refreshToken', '*.accessToken', 'variables.input.password', 'variables.refreshToken'],
      censor: '[redacted]',
    },
  });
}
