import { Module } from '@nestjs/common';

/** Scaffold: filled in by the widgets domain. */
@Module({})
export class WidgetsModule {}
