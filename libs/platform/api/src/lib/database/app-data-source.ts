import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * TypeORM's DataSource with its entity look-up remembered once initialised (the entities do not change
 * after that). TypeORM looks up the metadata of each join of a query by its target on every row it
 * turns into entities; a target that is not an entity (a table joined by name, as the directory page
 * joins `directory_entries`) is not in its map and walks every entity's metadata each time: 5 % of
 * the directory page's CPU. A miss is remembered too.
 */
export class AppDataSource extends DataSource {
  private readonly metadataOf = new Map<EntityTarget<ObjectLiteral>, EntityMetadata | undefined>();

  protected override findMetadata(target: EntityTarget<ObjectLiteral>): EntityMetadata | undefined {
    if (!this.isInitialized) return super.findMetadata(target);
    if (this.metadataOf.has(target)) return this.metadataOf.get(target);
    const metadata = super.findMetadata(target);
    this.metadataOf.set(target, metadata);
    return metadata;
  }
}
