import { databaseTrouble } from './database-errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('databaseTrouble', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET')],
    ['an administrator shutdown (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['a server starting or stopping (57P03)', withCode('57P03', 'the database system is shutting down')],
    ['a connection exception (08006)', withCode('08006')],
    ['the pool giving up on connecting', new Error('timeout exceeded when trying to connect')],
    ['a connection cut under a query', new Error('Connection terminated unexpectedly')],
    [
      "TypeORM's wrapper around a driver error",
      Object.assign(new Error('wrapped'), { driverError: withCode('57P01') }),
    ],
    [
      'an AggregateError of refused addresses',
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]),
    ],
  ])('says unavailable for %s', (_, error) => {
    expect(databaseTrouble(error)).toBe('unavailable');
  });

  it.each([
    ['a statement timeout (57014)', withCode('57014', 'canceling statement due to statement timeout')],
    ["the client's query timeout", new Error('Query read timeout')],
  ])('says timeout for %s', (_, error) => {
    expect(databaseTrouble(error)).toBe('timeout');
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('says nothing for %s', (_, error) => {
    expect(databaseTrouble(error)).toBeNull();
  });
});
