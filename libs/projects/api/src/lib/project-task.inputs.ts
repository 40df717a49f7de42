import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsCalendarDate } from '@assoc/platform-api';
import { TaskKind } from '@assoc/projects-domain';
import { IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';

registerEnumType(TaskKind, { name: 'ProjectTaskKind' });

/** A task's fields; lengths, the day's format and a milestone's date are checked by the domain's taskProblems. */
@InputType()
export class ProjectTaskFieldsInput {
  @Field(() => TaskKind) @IsEnum(TaskKind) kind!: TaskKind;
  @Field() @IsString() title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() notes?: string | null;
  @Field(() => String, { nullable: true, description: 'A calendar day, "2026-12-24", in the association’s time zone.' })
  @IsOptional()
  @IsString()
  @IsCalendarDate()
  dueDate?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeMembershipId?: string | null;
}

@InputType()
export class CreateProjectTaskInput extends ProjectTaskFieldsInput {
  @Field(() => ID) @IsUUID() projectId!: string;
}

@InputType()
export class UpdateProjectTaskInput extends ProjectTaskFieldsInput {
  @Field(() => ID) @IsUUID() id!: string;
}
