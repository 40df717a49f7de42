import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AppError } from './app-error';
import { createValidationPipe } from './validation';

class PageArgs {
  @IsInt() @Min(1) @Max(50) first = 20;
  @IsOptional() @IsString() @MaxLength(5) after?: string | null;
}

class TrimmedInput {
  @IsString() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) name!: string;
}

class NameInput {
  @IsString() @MaxLength(10) name!: string;
}

class NestedInput {
  @ValidateNested() @Type(() => NameInput) inner!: NameInput;
}

const check = (value: unknown, metatype: new () => object) =>
  createValidationPipe().transform(value, { type: 'body', metatype });

async function problem(value: unknown, metatype: new () => object) {
  const error = await check(value, metatype).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fields;
}

describe('the validation pipe', () => {
  it('answers an instance of the class with the fields sent and the defaults of the others', async () => {
    const args = await check({ after: 'abc' }, PageArgs);
    expect(args).toBeInstanceOf(PageArgs);
    expect({ ...args }).toEqual({ first: 20, after: 'abc' });
    expect({ ...(await check({ first: 5, after: null }, PageArgs)) }).toEqual({ first: 5, after: null });
  });

  it('names the field and its limit when a check fails, and refuses unknown fields', async () => {
    expect(await problem({ first: 51 }, PageArgs)).toEqual([{ field: 'first', reason: 'max', params: { max: 50 } }]);
    expect(await problem({ after: 'abcdef' }, PageArgs)).toEqual([
      { field: 'after', reason: 'maxLength', params: { max: 5 } },
    ]);
    expect((await problem({ first: 2, other: 1 }, PageArgs)).map((p) => p.field)).toEqual(['other']);
  });

  it("applies class-transformer's rules: transforms and nested classes", async () => {
    expect({ ...(await check({ name: '  Ada ' }, TrimmedInput)) }).toEqual({ name: 'Ada' });
    const nested = (await check({ inner: { name: 'Ada' } }, NestedInput)) as NestedInput;
    expect(nested.inner).toBeInstanceOf(NameInput);
    expect(await problem({ inner: { name: 'Ada Lovelace' } }, NestedInput)).toEqual([
      { field: 'inner.name', reason: 'maxLength', params: { max: 10 } },
    ]);
  });

  it('checks a rule added to a class after the class was first validated', async () => {
    class Late {
      @IsInt() count = 1;
    }
    expect({ ...(await check({ count: 100 }, Late)) }).toEqual({ count: 100 });
    Max(10)(Late.prototype, 'count');
    expect(await problem({ count: 100 }, Late)).toEqual([{ field: 'count', reason: 'max', params: { max: 10 } }]);
  });
});
