import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { Authenticator } from 'passport';
import { Strategy } from 'passport-custom';
import { RequestAccess } from './ports';
import { readAccess } from './read-access';
import { associationOf } from './request-context';
import { readSessionCookie } from './session-cookie';

/**
 * Authentication by passport's strategy "session" (passport-custom): the opaque token in the
 * HttpOnly cookie, read with the caller's membership of the `x-association-id` association in one
 * statement (readAccess). Each API instance has its own passport Authenticator, so two instances
 * in one process (the tests) never share a strategy. The access guard calls it once per request.
 */
@Injectable()
export class SessionAuthentication {
  private readonly passport = new Authenticator();

  constructor(moduleRef: ModuleRef) {
    this.passport.use(
      'session',
      // passport-custom's types name Express's request; what it is handed is the guard's (authenticate).
      new Strategy((raw, done) => {
        const req = raw as unknown as HttpRequest;
        const token = readSessionCookie(req);
        if (!token) return done(null, false);
        readAccess(moduleRef, token, associationOf(req)).then(
          (access) => done(null, access ?? false),
          (error: unknown) => done(error),
        );
      }),
    );
  }

  /** The caller's access, or null without a valid session; a request without the cookie costs nothing. */
  authenticate(req: HttpRequest, res: HttpResponse): Promise<RequestAccess | null> {
    if (!readSessionCookie(req)) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      const handler = this.passport.authenticate(
        'session',
        { session: false },
        (error: unknown, access: RequestAccess | false | undefined) =>
          error ? reject(error) : resolve(access || null),
      ) as (req: HttpRequest, res: HttpResponse, next: (error?: unknown) => void) => void;
      handler(req, res, reject);
    });
  }
}
