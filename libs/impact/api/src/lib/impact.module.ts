import { Module } from '@nestjs/common';

/** Scaffold: filled in by the impact domain. */
@Module({})
export class ImpactModule {}
