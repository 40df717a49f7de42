import { parseServerError } from './server-error';

describe('parseServerError', () => {
  it('reads SERVICE_UNAVAILABLE and TOO_MANY_REQUESTS with the API’s message from a GraphQL answer', () => {
    const outage = {
      result: {
        errors: [
          {
            message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      },
      statusCode: 503,
    };
    expect(parseServerError(outage)).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
      fields: [],
    });
    const tooMany = { errors: [{ message: 'Trop de tentatives.', extensions: { code: 'TOO_MANY_REQUESTS' } }] };
    expect(parseServerError(tooMany).code).toBe('TOO_MANY_REQUESTS');
  });

  it('takes a bare 503 (a proxy’s page) for the service being unavailable, and 502, 504 or no answer for the network', () => {
    expect(parseServerError({ statusCode: 503, result: '<html>' }).code).toBe('SERVICE_UNAVAILABLE');
    for (const status of [0, 502, 504]) expect(parseServerError({ status }).code).toBe('NETWORK');
  });
});
