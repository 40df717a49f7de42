import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { Public } from '../auth/access.decorators';
import { Jobs } from '../jobs/jobs';
import { Clock } from './clock';

const MAX_MINUTES = 366 * 24 * 60;

@ArgsType()
export class AdvanceTestClockArgs {
  @Field(() => Int, { description: 'How many minutes to move the clock forward (1 to a year).' })
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES)
  minutes!: number;
}

@ObjectType('TestClock')
export class TestClockModel {
  @Field({ description: 'The API\'s "now".' }) now!: Date;
  @Field(() => Int, { description: 'Minutes the clock is ahead of the machine.' }) aheadMinutes!: number;
  @Field(() => [String], { description: 'The jobs that ran after the move.' }) jobsRun!: string[];
}

/** Moves the one clock forward, then runs every due job before answering. */
@Injectable()
export class TestClock {
  constructor(
    private readonly clock: Clock,
    private readonly jobs: Jobs,
  ) {}

  read(jobsRun: string[] = []): TestClockModel {
    return { now: this.clock.now(), aheadMinutes: Math.floor(this.clock.offset / 60_000), jobsRun };
  }

  async advance(ms: number): Promise<TestClockModel> {
    this.clock.advance(ms);
    return this.read(await this.jobs.runAllNow());
  }
}

/**
 * Time travel for tests and browser journeys. Registered only when TEST_CLOCK is on, which the
 * configuration refuses in production: these operations are absent from a production schema.
 */
@Resolver(() => TestClockModel)
export class TestClockResolver {
  constructor(private readonly clock: TestClock) {}

  @Public()
  @Query(() => TestClockModel, { description: 'Test clock only: the API\'s "now".' })
  testClock(): TestClockModel {
    return this.clock.read();
  }

  @Public()
  @Mutation(() => TestClockModel, { description: 'Test clock only: moves time forward and runs every due job.' })
  advanceTestClock(@Args() { minutes }: AdvanceTestClockArgs): Promise<TestClockModel> {
    return this.clock.advance(minutes * 60_000);
  }
}
