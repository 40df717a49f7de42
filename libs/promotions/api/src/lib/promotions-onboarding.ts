import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OnboardingSteps } from '@assoc/associations-api';
import { Repository } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

/** A new president's "first project or campaign" step (issue 16), on the campaigns' side: the association has a campaign. */
@Injectable()
export class PromotionsOnboarding implements OnModuleInit {
  constructor(
    private readonly onboarding: OnboardingSteps,
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
  ) {}

  onModuleInit(): void {
    this.onboarding.register({
      key: 'firstProject',
      audience: 'president',
      order: 31,
      link: '/campaigns',
      done: ({ associationId }) => this.campaigns.exists({ where: { associationId } }),
    });
  }
}
