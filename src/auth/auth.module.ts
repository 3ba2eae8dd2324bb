import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UsersModule } from '../users/users.module.js';
import { AccountCache } from './account-cache.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A key object made once: given a string, jsonwebtoken first tries (and fails) to read it
        // as a public key and then builds a secret key, on every request.
        const key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  providers: [AuthService, AuthResolver, LoginThrottleService, AccountCache],
  exports: [AuthService],
})
export class AuthModule {}
