import {
  Body,
  CallHandler,
  Controller,
  ExecutionContext,
  HttpCode,
  INestApplication,
  Module,
  NestInterceptor,
  Post,
  UseInterceptors,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { catchError, Observable, tap, throwError } from 'rxjs';
import { AppError } from '../graphql/app-error';
import { AppErrorFilter } from '../graphql/error-filter';
import type { HttpFields } from '../http/http-types';
import { FileUpload, registerMultipart, Upload, UploadedFile } from './file-upload';

/** When the last upload route began, and how it ended: what a client that leaves mid-body cannot see. */
let started: () => void = () => undefined;
let settled: (outcome: unknown) => void = () => undefined;
class Outcome implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    started();
    return next.handle().pipe(
      tap(() => settled('answered')),
      catchError((error: unknown) => {
        settled(error);
        return throwError(() => error);
      }),
    );
  }
}

@Controller('upload')
@UseInterceptors(Outcome)
class UploadController {
  /** One file in `photo`, at most 1 MB, as the image routes take it (none: `fileMissing`). */
  @Post()
  @HttpCode(200)
  @FileUpload('photo', 1)
  upload(@UploadedFile() file: Upload, @Body() body: HttpFields | undefined) {
    if (!file || !file.size) throw AppError.field('photo', 'fileMissing');
    return { bytes: file.buffer.toString(), size: file.size, body };
  }

  /** A route that takes no upload. */
  @Post('other')
  @HttpCode(200)
  other() {
    return { ok: true };
  }
}

@Module({ controllers: [UploadController] })
class UploadModule {}

const MB = 1024 * 1024;
const file = (text: string | Buffer) => new Blob([new Uint8Array(Buffer.from(text))], { type: 'image/png' });

describe('FileUpload: multipart bodies read by the upload routes only, with their own limits', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(UploadModule, new FastifyAdapter(), { logger: false });
    app.useGlobalFilters(new AppErrorFilter());
    registerMultipart((app as NestFastifyApplication).getHttpAdapter().getInstance());
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(() => app?.close());

  const post = async (form: FormData | undefined, path = '/upload') => {
    const answer = await fetch(`${url}${path}`, { method: 'POST', body: form });
    return [answer.status, await answer.json()] as const;
  };
  const refusal = (reason: string, params: object = {}) => ({
    code: 'BAD_USER_INPUT',
    fields: [{ field: 'photo', reason, params }],
  });

  it('hands the file to the handler as a Buffer and the other fields as the body (a repeated one as a list)', async () => {
    const form = new FormData();
    form.append('caption', 'La vitrine');
    form.append('photo', file('the bytes'), 'vitrine.png');
    form.append('tag', 'noël');
    form.append('tag', 'soldes');
    expect(await post(form)).toEqual([
      200,
      { bytes: 'the bytes', size: 9, body: { caption: 'La vitrine', tag: ['noël', 'soldes'] } },
    ]);
  });

  it('refuses a file over the route’s limit (even with parts after it), in another field, or two files', async () => {
    const big = new FormData();
    big.append('photo', file(Buffer.alloc(MB + 1)), 'big.png');
    big.append('note', 'après');
    big.append('other', file('x'), 'other.png');
    expect(await post(big)).toMatchObject([400, refusal('fileTooLarge', { max: 1 })]);
    const exactly = new FormData();
    exactly.append('photo', file(Buffer.alloc(MB, 'a')), 'max.png');
    expect(await post(exactly)).toMatchObject([200, { size: MB }]);

    const elsewhere = new FormData();
    elsewhere.append('file', file('x'), 'x.png');
    expect(await post(elsewhere)).toMatchObject([400, refusal('fileMissing')]);
    const two = new FormData();
    two.append('photo', file('a'), 'a.png');
    two.append('photo', file('b'), 'b.png');
    expect(await post(two)).toMatchObject([400, refusal('fileMissing')]);
  });

  it('finds no file in no body, an empty multipart body or a JSON body', async () => {
    expect(await post(undefined)).toMatchObject([400, refusal('fileMissing')]);
    const empty = await fetch(`${url}/upload`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '',
    });
    expect([empty.status, await empty.json()]).toMatchObject([400, refusal('fileMissing')]);
    const json = await fetch(`${url}/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ photo: 'x' }),
    });
    expect([json.status, await json.json()]).toMatchObject([400, refusal('fileMissing')]);
  });

  it('answers 400 invalid to a body it cannot read: cut short, no boundary, too many fields, a reserved name', async () => {
    const raw = (contentType: string, body: string) =>
      fetch(`${url}/upload`, { method: 'POST', headers: { 'content-type': contentType }, body }).then(
        async (answer) => [answer.status, await answer.json()],
      );
    const invalid = [400, { code: 'BAD_USER_INPUT', reason: 'invalid' }];
    const part = '--x\r\nContent-Disposition: form-data; name="photo"; filename="a.png"\r\n\r\n';
    expect(await raw('multipart/form-data; boundary=x', `${part}not the end`)).toMatchObject(invalid);
    expect(await raw('multipart/form-data', `${part}a\r\n--x--\r\n`)).toMatchObject(invalid);
    const many = new FormData();
    for (let i = 0; i < 21; i++) many.append(`field${i}`, 'x');
    many.append('photo', file('x'), 'x.png');
    expect(await post(many)).toMatchObject(invalid);
    const proto = new FormData();
    proto.append('__proto__', 'x');
    proto.append('photo', file('x'), 'x.png');
    expect(await post(proto)).toMatchObject(invalid);
  });

  it('stops reading when the client leaves mid-body (nothing left waiting)', async () => {
    const begun = new Promise<void>((resolve) => (started = resolve));
    const outcome = new Promise<unknown>((resolve) => (settled = resolve));
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const head = '--x\r\nContent-Disposition: form-data; name="photo"; filename="a.png"\r\n\r\n';
    socket.write(
      'POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n' +
        `Content-Length: ${MB}\r\n\r\n${head}the first bytes`,
    );
    // Once the route has the request, the client goes.
    await begun;
    socket.destroy();
    // Node tells it as the request's 'aborted' error (or its close, had the route begun reading later).
    expect(await outcome).toMatchObject({ status: 400, message: expect.stringMatching(/^aborted$|closed before/) });
  });

  it('leaves a multipart body unread on other routes, and the connection serves the next request', async () => {
    const form = new FormData();
    form.append('photo', file(Buffer.alloc(MB)), 'a.png');
    const encoded = new Response(form);
    const multipart = {
      type: encoded.headers.get('content-type') ?? '',
      body: Buffer.from(await encoded.arrayBuffer()),
    };
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body?: { type: string; body: Buffer }) =>
      new Promise<[number | undefined, string, boolean]>((resolve, reject) => {
        const sent = request(`${url}/upload/other`, {
          method: 'POST',
          agent,
          headers: body ? { 'content-type': body.type, 'content-length': body.body.length } : {},
        });
        sent.on('error', reject).on('response', (answer) => {
          let text = '';
          answer.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          answer.on('end', () => resolve([answer.statusCode, text, sent.reusedSocket]));
        });
        sent.end(body?.body);
      });
    try {
      expect(await send(multipart)).toEqual([200, JSON.stringify({ ok: true }), false]);
      expect(await send()).toEqual([200, JSON.stringify({ ok: true }), true]);
    } finally {
      agent.destroy();
    }
  });
});
