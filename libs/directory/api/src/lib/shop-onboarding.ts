import { Injectable, OnModuleInit } from '@nestjs/common';
import { OnboardingSteps } from '@assoc/associations-api';
import { ShopReads } from './shop-reads.service';

/** A new member's first two steps (issue 16): complete one's shop, add its logo; read from the shop itself. */
@Injectable()
export class ShopOnboarding implements OnModuleInit {
  constructor(
    private readonly onboarding: OnboardingSteps,
    private readonly shops: ShopReads,
  ) {}

  onModuleInit(): void {
    this.onboarding.register({
      key: 'shop',
      audience: 'member',
      order: 10,
      link: '/my-shop',
      done: async ({ associationId, membershipId }) =>
        (await this.shops.shopProfileState(associationId, membershipId)).hasShop,
    });
    this.onboarding.register({
      key: 'logo',
      audience: 'member',
      order: 20,
      link: '/my-shop',
      done: async ({ associationId, membershipId }) =>
        (await this.shops.shopProfileState(associationId, membershipId)).hasLogo,
    });
  }
}
