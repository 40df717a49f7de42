export * from './lib/community.module';
export * from './lib/community.entities';
export * from './lib/community-figures.service';
export * from './lib/idea.entity';
export * from './lib/recommendation.entity';
export * from './lib/co-created-product.entity';
export * from './lib/new-idea';
export * from './lib/community-demo';
