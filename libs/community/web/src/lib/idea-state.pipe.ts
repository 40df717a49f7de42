import { Pipe, PipeTransform } from '@angular/core';

/** The translation key of an idea's state: adopted once turned into a project or campaign, else its answer. */
@Pipe({ name: 'ideaState' })
export class IdeaStatePipe implements PipeTransform {
  transform(idea: { status: string; adoptedAt: string | null }): string {
    return idea.adoptedAt ? 'community.statuses.ADOPTED' : `community.statuses.${idea.status}`;
  }
}
