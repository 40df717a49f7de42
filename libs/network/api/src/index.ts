export * from './lib/network.module';
export * from './lib/network-figures.service';
export * from './lib/network.entities';
export * from './lib/topic.entity';
export * from './lib/post.entity';
export * from './lib/post-image.entity';
export * from './lib/comment.entity';
export * from './lib/post-reaction.entity';
