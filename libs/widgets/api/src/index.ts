export * from './lib/widgets.module';
export * from './lib/widgets.entities';
export * from './lib/widget.entity';
export * from './lib/featured-product.entity';
export * from './lib/featured-product-reads.service';
export * from './lib/featured-product-marks';
export * from './lib/widgets-demo';
