import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import type { Request } from 'express';
import { SessionAuthenticator } from './ports';
import { readSessionCookie } from './session-cookie';
import type { AuthUser } from './request-context';

/** Passport strategy "session": the opaque token in the HttpOnly cookie, looked up by identity. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly moduleRef: ModuleRef) {
    super();
  }

  /** Provided by the identity domain; looked up lazily so the platform does not import it. */
  private get sessions(): SessionAuthenticator {
    return this.moduleRef.get(SessionAuthenticator, { strict: false });
  }

  async validate(req: Request): Promise<AuthUser | false> {
    const token = readSessionCookie(req);
    return (token && (await this.sessions.authenticate(token))) || false;
  }
}
