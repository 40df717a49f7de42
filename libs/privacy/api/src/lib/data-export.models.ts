import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataExportKind, DataExportStatus } from '@assoc/privacy-domain';

registerEnumType(DataExportKind, { name: 'DataExportKind' });
registerEnumType(DataExportStatus, { name: 'DataExportStatus' });

@ObjectType('DataExport', {
  description: 'An export of personal data (a person’s, or an association’s for its president).',
})
export class DataExportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DataExportKind)
  kind!: DataExportKind;

  @Field(() => DataExportStatus, {
    description: 'READY while the link works; a ready export past its time reads EXPIRED.',
  })
  status!: DataExportStatus;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  readyAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the link stops working and the file is deleted.' })
  expiresAt!: Date | null;

  @Field(() => Int, { nullable: true })
  sizeBytes!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the signed-in owner downloads the ZIP (GET, session cookie), while it is READY.',
  })
  downloadUrl!: string | null;
}
