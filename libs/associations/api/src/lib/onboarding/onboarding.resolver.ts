import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { OnboardingSteps } from './onboarding-steps';

@ObjectType('OnboardingStep', { description: 'One step of a new member’s or president’s checklist (issue 16).' })
export class OnboardingStepModel {
  @Field({ description: 'shop, logo, feed (a member); settings, invite, firstProject (the president).' })
  key!: string;

  @Field({ description: 'Read from the real state (a shop saved, a logo, a post...), not from a stored flag.' })
  done!: boolean;

  @Field({ description: 'The web page where the step is done.' })
  link!: string;
}

@Resolver()
export class OnboardingResolver {
  constructor(private readonly steps: OnboardingSteps) {}

  @Allow(Permission.ViewDirectory)
  @Query(() => [OnboardingStepModel], {
    description: "The caller's checklist in the current association; empty once every step is done or once dismissed.",
  })
  onboarding(@Member() member: CurrentMember): Promise<OnboardingStepModel[]> {
    return this.steps.forMember(member);
  }

  @Allow(Permission.ViewDirectory)
  @Mutation(() => Boolean, { description: "Hides the caller's checklist in the current association for good." })
  async dismissOnboarding(@Member() member: CurrentMember): Promise<boolean> {
    await this.steps.dismiss(member);
    return true;
  }
}
